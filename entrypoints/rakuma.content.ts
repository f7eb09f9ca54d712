import { siteContentScript } from '../utils/capture-main';
import { rakuma } from '../utils/sites/rakuma';

export default siteContentScript(rakuma);
