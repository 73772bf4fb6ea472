import { render } from 'preact';
import { RecordsPage } from './RecordsPage';
import '../../components/pages.css';
import '../../components/documents/docs.css';

render(<RecordsPage />, document.getElementById('app') as HTMLElement);
