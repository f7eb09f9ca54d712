import { siteContentScript } from '../utils/capture-main';
import { carousell } from '../utils/sites/carousell';

export default siteContentScript(carousell);
