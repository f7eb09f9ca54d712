import { siteContentScript } from '../utils/capture-main';
import { yahooTwShopping } from '../utils/sites/yahoo-tw-shopping';

export default siteContentScript(yahooTwShopping);
