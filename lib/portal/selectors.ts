/**
 * Where lists and details live in the markup, in one place, each with its alternatives and the pages
 * that prove them (tests/fixtures/reader/*, tests/fixtures/portal/*).
 */

/**
 * Widgets that draw the header and the body apart; the first selector is the widget, the others find
 * its header table and its body inside it. The body is a table, or (with `rows`) any element whose
 * rows are `div`s (virtualised grids) or one-row tables of their own (Dojo). Alternatives for one
 * widget are tried in order, the first whose header and body are both there wins.
 * DataTables with scrolling (`reader/datatables-scroll.html`); Kendo UI grid (`reader/kendo-grid.html`); Element UI (`reader/element-table.html`);
 * AntD virtual table on rc-virtual-list (`reader/antd-virtual.html`); dojox DataGrid (`reader/dojo-grid.html`).
 */
export const SPLIT_GRIDS: ReadonlyArray<{ widget: string; head: string; body: string; rows?: string }> = [
  { widget: '.dataTables_scroll', head: '.dataTables_scrollHead table', body: '.dataTables_scrollBody table' },
  { widget: '.k-grid', head: '.k-grid-header table', body: '.k-grid-content table' },
  { widget: '.el-table', head: '.el-table__header-wrapper table', body: '.el-table__body-wrapper table' },
  { widget: '.ant-table', head: '.ant-table-header table', body: '.ant-table-body table' },
  { widget: '.ant-table', head: '.ant-table-header table', body: '.ant-table-tbody-virtual', rows: '.ant-table-row' },
  { widget: '.dojoxGrid', head: '.dojoxGridHeader table', body: '.dojoxGridContent', rows: '.dojoxGridRow' },
];

/**
 * Candidate list elements: real tables (`<table>`, `<table mat-table>`), ARIA grids of any element
 * (`reader/aria-grid.html`), Angular Material element tables (`<mat-table>`, fixture B).
 */
export const LIST_CANDIDATES = 'table, [role="grid"], [role="table"], [role="treegrid"], mat-table, .mat-table, .mat-mdc-table, .cdk-table';

/**
 * The same candidates (and the split widgets) recognised during a tree walk without a selector engine:
 * tag names, ARIA roles, and class-name fragments that are then confirmed with `matches()`.
 */
export const CANDIDATE_TAGS = new Set(['TABLE', 'MAT-TABLE']);
export const CANDIDATE_ROLES = new Set(['grid', 'table', 'treegrid']);
export const CANDIDATE_CLASS_HINTS = ['dataTables_scroll', 'k-grid', 'el-table', 'ant-table', 'dojoxGrid', 'mat-table', 'mat-mdc-table', 'cdk-table'];

/** Rows of a non-table grid (ARIA or Angular Material element form). */
export const GRID_ROWS = '[role="row"], mat-row, mat-header-row, mat-footer-row, .mat-row, .mat-header-row, .mat-mdc-row, .mat-mdc-header-row, .cdk-row, .cdk-header-row';

/** Elements that are themselves lists; rows are attributed to the nearest one. */
export const GRID_CONTAINERS = '[role="grid"], [role="table"], [role="treegrid"], mat-table, .mat-table, .mat-mdc-table, .cdk-table, table';

/** Cells of a grid row, recognised without `matches()` for speed: tag names, ARIA roles, classes. */
export const CELL_TAGS = new Set(['TD', 'TH', 'MAT-CELL', 'MAT-HEADER-CELL', 'MAT-FOOTER-CELL']);
export const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
export const CELL_CLASSES = ['mat-cell', 'mat-header-cell', 'mat-mdc-cell', 'mat-mdc-header-cell', 'cdk-cell', 'cdk-header-cell', 'ant-table-cell'];

/** Header rows of a non-table grid, and header cells. */
export const HEADER_ROW_TAGS = new Set(['MAT-HEADER-ROW']);
export const HEADER_ROW_CLASSES = ['mat-header-row', 'mat-mdc-header-row', 'cdk-header-row'];
export const HEADER_CELL_ROLES = new Set(['columnheader']);
/** Header cells that are not `<th>`: the loader's look at a page's column headers (ARIA grids, Angular Material). */
export const HEADER_CELLS = '[role="columnheader"], mat-header-cell';

/**
 * Open dialogs: their content is read first on a detail view, and the overlay watches for them to
 * read a modal detail (often in a same-origin iframe) even on a list page (AntD modal, ARIA dialog,
 * HTML dialog, Material dialog, Bootstrap modal).
 */
export const DIALOGS = '.ant-modal, [role="dialog"], dialog[open], mat-dialog-container, .mat-dialog-container, .mat-mdc-dialog-container, .modal.show, .modal.in';

/** Headings that may name the dossier on a detail view. */
export const TITLES = 'h1, h2, h3, h4, h5, .ant-modal-title, .modal-title, .mat-dialog-title, [mat-dialog-title], .page-title, .title, legend, title';

/** Elements that may carry a detail label (their value is the next sibling element). */
export const LABEL_CANDIDATES = 'td, th, dt, label, mat-label, .ant-form-item-label, .label, .control-label, span, b, strong, div, p';

/** Form controls holding detail values. */
export const FORM_CONTROLS = 'input, textarea, select';

/** Containers that give a form control its label (Material form field, AntD form item, Bootstrap group). */
export const FIELD_WRAPPERS = 'mat-form-field, .mat-form-field, .mat-mdc-form-field, .ant-form-item, .form-group, .el-form-item, .v-input';
export const FIELD_WRAPPER_LABELS = 'mat-label, label, .ant-form-item-label, .el-form-item__label, .v-label';


/**
 * Decorations inside a header cell that are not its label: icons whose ligature name is text
 * (`<mat-icon>arrow_downward</mat-icon>`, `reader/igate-en.html`), AntD sorter icons and other
 * screen-reader-hidden parts (`reader/antd-virtual.html`), Font Awesome / Kendo icons, counters.
 */
export const HEADER_DECORATIONS = '[aria-hidden="true"], mat-icon, i, svg, .material-icons, .material-symbols-outlined, .mdi, .anticon, .v-icon, .k-icon, .badge, .ant-badge';
