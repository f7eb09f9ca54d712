import { render } from 'preact';
import '../../components/style.css';
import { App } from './App';
import { startLoading } from './data';

// Before the first render: settings, tab and database are read while Preact sets up.
performance.mark('comps:script-start');
startLoading();

const root = document.getElementById('app');
if (root) render(<App />, root);
