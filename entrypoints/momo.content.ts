import { siteContentScript } from '../utils/capture-main';
import { momo } from '../utils/sites/momo';

export default siteContentScript(momo);
