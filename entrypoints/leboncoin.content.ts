import { siteContentScript } from '../utils/capture-main';
import { leboncoin } from '../utils/sites/leboncoin';

export default siteContentScript(leboncoin);
