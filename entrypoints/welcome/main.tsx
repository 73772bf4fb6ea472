import { render } from 'preact';
import { WelcomePage } from './WelcomePage';
import '../../components/pages.css';

render(<WelcomePage />, document.getElementById('app') as HTMLElement);
