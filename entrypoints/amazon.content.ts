import { siteContentScript } from '../utils/capture-main';
import { amazon } from '../utils/sites/amazon';

export default siteContentScript(amazon);
