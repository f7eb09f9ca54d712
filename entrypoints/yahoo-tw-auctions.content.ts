import { siteContentScript } from '../utils/capture-main';
import { yahooTwAuctions } from '../utils/sites/yahoo-tw-auctions';

export default siteContentScript(yahooTwAuctions);
