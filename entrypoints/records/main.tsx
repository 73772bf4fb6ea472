import { render } from 'preact';
import { HistoryPage } from './HistoryPage';
import '../../components/pages.css';
import '../../components/documents/docs.css';

render(<HistoryPage />, document.getElementById('app') as HTMLElement);
