import { siteContentScript } from '../utils/capture-main';
import { kleinanzeigen } from '../utils/sites/kleinanzeigen';

export default siteContentScript(kleinanzeigen);
