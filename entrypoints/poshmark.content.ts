import { siteContentScript } from '../utils/capture-main';
import { poshmark } from '../utils/sites/poshmark';

export default siteContentScript(poshmark);
