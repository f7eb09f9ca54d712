import { siteContentScript } from '../utils/capture-main';
import { vinted } from '../utils/sites/vinted';

export default siteContentScript(vinted);
