import { render } from 'preact';
import '../../components/style.css';
import { t, uiLocale } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale();
document.title = t('optTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
