import { siteContentScript } from '../utils/capture-main';
import { pchome } from '../utils/sites/pchome';

export default siteContentScript(pchome);
