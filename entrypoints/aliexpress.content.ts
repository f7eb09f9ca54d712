import { siteContentScript } from '../utils/capture-main';
import { aliexpress } from '../utils/sites/aliexpress';

export default siteContentScript(aliexpress);
