import { siteContentScript } from '../utils/capture-main';
import { mercadolibre } from '../utils/sites/mercadolibre';

export default siteContentScript(mercadolibre);
