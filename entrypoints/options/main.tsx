import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import '../../components/pages.css';

render(<OptionsPage />, document.getElementById('app') as HTMLElement);
