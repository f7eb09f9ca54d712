import { siteContentScript } from '../utils/capture-main';
import { depop } from '../utils/sites/depop';

export default siteContentScript(depop);
