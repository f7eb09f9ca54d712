import { siteContentScript } from '../utils/capture-main';
import { etsy } from '../utils/sites/etsy';

export default siteContentScript(etsy);
