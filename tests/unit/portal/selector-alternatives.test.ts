import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as SELECTORS from '../../../lib/portal/selectors';

/**
 * Every alternative of every list in lib/portal/selectors.ts, with the fixture page (under
 * tests/fixtures/) where it alone of its list matches an element, or null where no static fixture page shows it yet (pages
 * rendered by script, like fixture B's, are not searched here). Removing one alternative passed every
 * other test (issue 10): here it fails until this table says so, and a fixture that no longer shows
 * its alternative alone fails too. The nulls are the alternatives still waiting for such a fixture;
 * some always come together in the real markup seen so far (Angular Material's MDC table carries
 * `mat-mdc-*`, `cdk-*` and `role="table"` on the same elements; a label cell carries `td` and
 * `.label`), so none of them is alone there.
 */
const PROOFS: Record<string, Record<string, string | null>> = {
  SPLIT_GRIDS: {
    '.dataTables_scroll': 'reader/datatables-scroll.html',
    '.k-grid': 'reader/kendo-grid.html',
    '.el-table': 'reader/element-table.html',
    '.ant-table': null,
    '.ant-table .ant-table-tbody-virtual': 'reader/antd-virtual.html',
    '.dojoxGrid .dojoxGridContent': 'reader/dojo-grid.html',
  },
  LIST_CANDIDATES: {
    'table': 'portal/a/chi-tiet/D01.html',
    '[role="grid"]': 'reader/aria-grid.html',
    '[role="table"]': null,
    '[role="treegrid"]': 'reader/ag-grid-grouped.html',
    'mat-table': null,
    '.mat-table': null,
    '.mat-mdc-table': null,
    '.cdk-table': null,
  },
  CANDIDATE_TAGS: {
    'TABLE': 'portal/a/chi-tiet/D01.html',
    'MAT-TABLE': null,
  },
  CANDIDATE_ROLES: {
    'grid': 'reader/aria-grid.html',
    'table': 'reader/igate-en.html',
    'treegrid': 'reader/ag-grid-grouped.html',
  },
  CANDIDATE_CLASS_HINTS: {
    'dataTables_scroll': 'reader/datatables-scroll.html',
    'k-grid': 'reader/kendo-grid.html',
    'el-table': 'reader/element-table.html',
    'ant-table': 'reader/antd-virtual.html',
    'dojoxGrid': 'reader/dojo-grid.html',
    'mat-table': null,
    'mat-mdc-table': null,
    'cdk-table': null,
  },
  GRID_ROWS: {
    '[role="row"]': 'reader/aria-grid.html',
    'mat-row': null,
    'mat-header-row': null,
    'mat-footer-row': null,
    '.mat-row': null,
    '.mat-header-row': null,
    '.mat-mdc-row': null,
    '.mat-mdc-header-row': null,
    '.cdk-row': null,
    '.cdk-header-row': null,
  },
  GRID_CONTAINERS: {
    '[role="grid"]': 'reader/aria-grid.html',
    '[role="table"]': null,
    '[role="treegrid"]': 'reader/ag-grid-grouped.html',
    'mat-table': null,
    '.mat-table': null,
    '.mat-mdc-table': null,
    '.cdk-table': null,
    'table': 'portal/a/chi-tiet/D01.html',
  },
  CELL_TAGS: {
    'TD': 'portal/a/chi-tiet/D01.html',
    'TH': 'portal/a/chi-tiet/D01.html',
    'MAT-CELL': null,
    'MAT-HEADER-CELL': null,
    'MAT-FOOTER-CELL': null,
  },
  CELL_ROLES: {
    'cell': 'reader/igate-en.html',
    'gridcell': 'reader/aria-grid.html',
    'columnheader': 'portal/c/opencps.html',
    'rowheader': null,
  },
  CELL_CLASSES: {
    'mat-cell': null,
    'mat-header-cell': null,
    'mat-mdc-cell': null,
    'mat-mdc-header-cell': null,
    'cdk-cell': null,
    'cdk-header-cell': null,
    'ant-table-cell': 'reader/antd-virtual.html',
  },
  HEADER_ROW_TAGS: {
    'MAT-HEADER-ROW': null,
  },
  HEADER_ROW_CLASSES: {
    'mat-header-row': null,
    'mat-mdc-header-row': null,
    'cdk-header-row': null,
  },
  HEADER_CELL_ROLES: {
    'columnheader': 'portal/c/opencps.html',
  },
  HEADER_CELLS: {
    '[role="columnheader"]': 'reader/aria-grid.html',
    'mat-header-cell': null,
  },
  DIALOGS: {
    '.ant-modal': 'reader/antd-modal-detail.html',
    '[role="dialog"]': 'reader/antd-modal-detail.html',
    'dialog[open]': null,
    'mat-dialog-container': null,
    '.mat-dialog-container': null,
    '.mat-mdc-dialog-container': null,
    '.modal.show': null,
    '.modal.in': null,
  },
  TITLES: {
    'h1': 'portal/c/opencps.html',
    'h2': 'portal/a/chi-tiet/D01.html',
    'h3': 'portal/a/chi-tiet/D01.html',
    'h4': null,
    'h5': null,
    '.ant-modal-title': 'reader/antd-modal-detail.html',
    '.modal-title': null,
    '.mat-dialog-title': null,
    '[mat-dialog-title]': null,
    '.page-title': 'portal/a/chi-tiet/D01.html',
    '.title': null,
    'legend': 'portal/c/theo-doi-ho-so/chi-tiet/D01.html',
    'title': 'portal/a/chi-tiet/D01.html',
  },
  LABEL_CANDIDATES: {
    'td': 'portal/a/chi-tiet/D01.html',
    'th': 'portal/a/chi-tiet/D01.html',
    'dt': null,
    'label': 'portal/a/host-behaviour.html',
    'mat-label': null,
    '.ant-form-item-label': null,
    '.label': null,
    '.control-label': null,
    'span': 'portal/a/danh-sach-ho-so-datagrid.html',
    'b': 'portal/a/chi-tiet/D01.html',
    'strong': 'reader/r3-handover-print.html',
    'div': 'portal/a/chi-tiet/D01.html',
    'p': 'portal/a/chi-tiet/D01.html',
  },
  FORM_CONTROLS: {
    'input': 'portal/a/danh-sach-ho-so-datagrid.html',
    'textarea': 'portal/c/theo-doi-ho-so/chi-tiet/D01.html',
    'select': 'portal/a/danh-sach-ho-so-datagrid.html',
  },
  FIELD_WRAPPERS: {
    'mat-form-field': null,
    '.mat-form-field': null,
    '.mat-mdc-form-field': null,
    '.ant-form-item': 'portal/c/theo-doi-ho-so/chi-tiet/D01.html',
    '.form-group': null,
    '.el-form-item': null,
    '.v-input': 'portal/c/opencps.html',
  },
  FIELD_WRAPPER_LABELS: {
    'mat-label': null,
    'label': 'portal/a/host-behaviour.html',
    '.ant-form-item-label': 'portal/c/theo-doi-ho-so/chi-tiet/D01.html',
    '.el-form-item__label': null,
    '.v-label': null,
  },
  HEADER_DECORATIONS: {
    '[aria-hidden="true"]': 'reader/igate-en.html',
    'mat-icon': null,
    'i': 'reader/element-table-fixed.html',
    'svg': 'reader/antd-virtual.html',
    '.material-icons': null,
    '.material-symbols-outlined': null,
    '.mdi': null,
    '.anticon': 'reader/antd-virtual.html',
    '.v-icon': null,
    '.k-icon': 'reader/kendo-grid.html',
    '.badge': 'reader/bootstrap-table.html',
    '.ant-badge': null,
  },
};

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** The alternatives of one export: a comma list, the entries of a set or list, a split grid's widget. */
function alternatives(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim());
  if (value instanceof Set) return [...value].map(String);
  // A widget with several alternatives (AntD's plain and virtual bodies) is told apart by its body.
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : (v as { rows?: string }).rows ? `${(v as { widget: string }).widget} ${(v as { body: string }).body}` : (v as { widget: string }).widget));
  return [];
}

/** A CSS selector for one alternative, by the kind of list it comes from. */
function selectorFor(list: string, alternative: string): string {
  if (list.endsWith('_TAGS')) return alternative.toLowerCase();
  if (list.endsWith('_ROLES')) return `[role="${alternative}"]`;
  if (list.endsWith('_CLASS_HINTS') || list.endsWith('_CLASSES')) return `[class*="${alternative}"]`;
  return alternative;
}

describe('selector alternatives', () => {
  it('are all listed with their proof, and nothing else is', () => {
    const actual = Object.fromEntries(Object.entries(SELECTORS).map(([name, value]) => [name, alternatives(value).sort()]));
    const listed = Object.fromEntries(Object.entries(PROOFS).map(([name, proofs]) => [name, Object.keys(proofs).sort()]));
    expect(actual).toEqual(listed);
  });

  const proved = Object.entries(PROOFS).flatMap(([list, proofs]) =>
    Object.entries(proofs).flatMap(([alternative, page]) => (page ? [[list, alternative, page] as const] : [])),
  );

  // Shown alone: an element of the page that this alternative matches and no other of its list does,
  // so removing the alternative loses that element (issue 11 item 8: "each proven by a fixture where
  // it is the only one that matches").
  it.each(proved)('%s: %s alone matches an element of %s', (list, alternative, page) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, page), 'utf8'), 'text/html');
    const others = alternatives(SELECTORS[list as keyof typeof SELECTORS])
      .filter((a) => a !== alternative)
      .map((a) => selectorFor(list, a));
    const matched = Array.from(doc.querySelectorAll(selectorFor(list, alternative)));
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.some((el) => !others.some((o) => el.matches(o)))).toBe(true);
  });
});
