import { siteContentScript } from '../utils/capture-main';
import { ebay } from '../utils/sites/ebay';

export default siteContentScript(ebay);
