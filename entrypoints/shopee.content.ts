import { siteContentScript } from '../utils/capture-main';
import { shopee } from '../utils/sites/shopee';

export default siteContentScript(shopee);
