import { render } from 'preact';
import { LetterPage } from './LetterPage';
import '../../components/pages.css';
import '../../components/documents/docs.css';

render(<LetterPage />, document.getElementById('app') as HTMLElement);
