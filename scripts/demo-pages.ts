/** The demo portal's list pages, one per fixture variant (docs/portal-reference.md §4). */
export const DEMO_PAGES = [
  { id: 'a-table', title: 'A: server-rendered table', path: '/fixtures/a/danh-sach-ho-so.html' },
  { id: 'a-datagrid', title: 'A: ASP.NET DataGrid', path: '/fixtures/a/danh-sach-ho-so.html?mode=datagrid' },
  { id: 'b-spa', title: 'B: iGate-like single-page app', path: '/fixtures/b/vi/dossier/processing' },
  { id: 'c1-composite', title: 'C1: composite cells', path: '/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html' },
  { id: 'c2-register', title: 'C2: split-header register', path: '/fixtures/c/so-theo-doi.html' },
  { id: 'c3-opencps', title: 'C3: stacked dates', path: '/fixtures/c/opencps.html' },
] as const;

/** The issuing office the demo (and the browser tests) put in the settings: documents need one. */
export { SAMPLE_AGENCY as DEMO_AGENCY } from '../lib/documents/templates/sample-data';
