import { render } from 'preact';
import '../../components/style.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
