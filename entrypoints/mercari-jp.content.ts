import { siteContentScript } from '../utils/capture-main';
import { mercariJp } from '../utils/sites/mercari-jp';

export default siteContentScript(mercariJp);
