import { siteContentScript } from '../utils/capture-main';
import { taobao } from '../utils/sites/taobao';

export default siteContentScript(taobao);
