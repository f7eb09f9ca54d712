import { siteContentScript } from '../utils/capture-main';
import { wallapop } from '../utils/sites/wallapop';

export default siteContentScript(wallapop);
