import { siteContentScript } from '../utils/capture-main';
import { goofish } from '../utils/sites/goofish';

export default siteContentScript(goofish);
