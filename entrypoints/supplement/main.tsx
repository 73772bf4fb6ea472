import { render } from 'preact';
import { SupplementPage } from './SupplementPage';
import '../../components/pages.css';
import '../../components/documents/docs.css';

render(<SupplementPage />, document.getElementById('app') as HTMLElement);
