import { siteContentScript } from '../utils/capture-main';
import { offerup } from '../utils/sites/offerup';

export default siteContentScript(offerup);
