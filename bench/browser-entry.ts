/** What the Chromium benchmark runs inside a page: the reader and the history, bundled by Vite. */
export { readDossierList } from '../lib/portal';
export { openHistory } from '../lib/history';
export { seedSyntheticHistory, benchHistory } from './history-seed';
