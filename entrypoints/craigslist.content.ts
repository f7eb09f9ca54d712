import { siteContentScript } from '../utils/capture-main';
import { craigslist } from '../utils/sites/craigslist';

export default siteContentScript(craigslist);
