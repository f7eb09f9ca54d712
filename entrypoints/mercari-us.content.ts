import { siteContentScript } from '../utils/capture-main';
import { mercariUs } from '../utils/sites/mercari-us';

export default siteContentScript(mercariUs);
