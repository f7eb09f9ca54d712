import { siteContentScript } from '../utils/capture-main';
import { yahooFleamarket } from '../utils/sites/yahoo-fleamarket';

export default siteContentScript(yahooFleamarket);
