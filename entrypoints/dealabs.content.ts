import { siteContentScript } from '../utils/capture-main';
import { dealabs } from '../utils/sites/dealabs';

export default siteContentScript(dealabs);
