import { render } from 'preact';
import { HistoryPage } from './HistoryPage';
import '../../components/pages.css';
import '../../components/docs/docs.css';

render(<HistoryPage />, document.getElementById('app') as HTMLElement);
