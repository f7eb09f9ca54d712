import { siteContentScript } from '../utils/capture-main';
import { yahooAuctionsJp } from '../utils/sites/yahoo-auctions-jp';

export default siteContentScript(yahooAuctionsJp);
