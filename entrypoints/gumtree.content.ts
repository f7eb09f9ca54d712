import { siteContentScript } from '../utils/capture-main';
import { gumtree } from '../utils/sites/gumtree';

export default siteContentScript(gumtree);
