import { siteContentScript } from '../utils/capture-main';
import { facebookMarketplace } from '../utils/sites/facebook-marketplace';

export default siteContentScript(facebookMarketplace);
