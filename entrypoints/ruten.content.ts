import { siteContentScript } from '../utils/capture-main';
import { ruten } from '../utils/sites/ruten';

export default siteContentScript(ruten);
