/**
 * Body cells under header columns by their place on screen, for the rows whose structure does not
 * say which cell is which column: a row with more or fewer cells than the header has columns (an
 * expander or a checkbox the header lacks, a cell spanning two columns), or a grid of positioned
 * `div`s whose cells are not in the header's order (AG Grid keeps the DOM order of the cells it has
 * rendered when a column is moved and places them by `left`; `reader/ag-grid-moved.html`).
 *
 * Cheap on purpose, since the reader runs on every pass: a table row as wide as the header is
 * taken by order with no layout read. Any other row shape (a number of cells) is checked once per
 * list: the first such row laid out is placed by its rectangles, and only when that disagrees with
 * its order are the rows of that shape placed by their rectangles, each once per read. The header's
 * rectangles are read once per list. Where nothing is laid out (a hidden list, a DOM without
 * layout), the order decides for the whole list as located.
 */
import { rowCells } from './grid';
import { tagOf } from './text';

/** The cell of a row (its cells given) at a header column, or undefined when it has none. */
export type CellLocator = (cells: Element[], index: number) => Element | undefined;

interface Extent {
  left: number;
  right: number;
}

/** Pixels of slack when comparing edges (borders, sub-pixel layout). */
const SLACK = 1.5;

/**
 * The header's leaf columns on screen, left to right: the header cells that hold no narrower header
 * cell (a "Ngày, tháng, năm" over its five columns is not a leaf), one per distinct extent. Undefined
 * unless there is exactly one per column the header's structure gave.
 */
export function headerExtents(boxes: readonly Extent[], width: number): Extent[] | undefined {
  const shown = boxes.filter((b) => b.right - b.left > 0);
  const leaves = shown.filter(
    (b) => !shown.some((o) => o !== b && o.right - o.left < b.right - b.left - SLACK && o.left >= b.left - SLACK && o.right <= b.right + SLACK),
  );
  leaves.sort((a, b) => a.left - b.left);
  const distinct: Extent[] = [];
  for (const leaf of leaves) {
    const last = distinct[distinct.length - 1];
    if (last && Math.abs(last.left - leaf.left) <= SLACK && Math.abs(last.right - leaf.right) <= SLACK) continue;
    distinct.push(leaf);
  }
  return distinct.length === width ? distinct : undefined;
}

/** For each column, the index of the box that overlaps it most horizontally (-1 when none does). */
export function overlapColumns(columns: readonly Extent[], boxes: readonly Extent[]): number[] {
  return columns.map((col) => {
    let best = -1;
    let most = 0;
    boxes.forEach((box, i) => {
      const overlap = Math.min(col.right, box.right) - Math.max(col.left, box.left);
      if (overlap > most + 0.01) {
        most = overlap;
        best = i;
      }
    });
    return best;
  });
}

/**
 * Whether boxes sit side by side, as a row's cells do on screen. Cells stacked one under the other
 * (a grid whose stylesheet did not load, a card layout on a narrow screen) say nothing of columns.
 */
export function sideBySide(boxes: readonly Extent[]): boolean {
  const shown = boxes.filter((b) => b.right - b.left > 0).sort((a, b) => a.left - b.left);
  return shown.every((b, i) => i === 0 || b.left >= shown[i - 1]!.right - SLACK);
}

const extentOf = (el: Element): Extent => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right };
};

/**
 * A locator that takes cells by order (`byOrder`) where the structure is consistent, and by
 * horizontal overlap with the header's columns where it is not.
 */
export function alignCells(headerRows: readonly Element[], width: number, byOrder: CellLocator): CellLocator {
  let extents: Extent[] | null | undefined;
  const columns = (): Extent[] | undefined => {
    if (extents === undefined) extents = headerExtents(headerRows.flatMap((r) => rowCells(r).map(extentOf)), width) ?? null;
    return extents ?? undefined;
  };
  /** Per row shape (its number of cells): whether the first such row laid out disagreed with its order. */
  const scrambled = new Map<number, boolean>();
  const laid = new WeakMap<Element[], Array<Element | undefined> | null>();

  const byPlace = (cells: Element[]): Array<Element | undefined> | null => {
    let out = laid.get(cells);
    if (out !== undefined) return out;
    const cols = columns();
    out = null;
    if (cols) {
      const boxes = cells.map(extentOf);
      if (boxes.some((b) => b.right - b.left > 0) && sideBySide(boxes)) out = overlapColumns(cols, boxes).map((i) => (i >= 0 ? cells[i] : undefined));
    }
    laid.set(cells, out);
    return out;
  };

  return (cells, index) => {
    const first = cells[0];
    // A table row as wide as the header: its cells are laid out on the table's own columns.
    if (!first || (cells.length === width && (tagOf(first) === 'TD' || tagOf(first) === 'TH'))) return byOrder(cells, index);
    let verdict = scrambled.get(cells.length);
    if (verdict === undefined) {
      // Nothing laid out (a hidden list): the order decides for this shape too, rather than a
      // layout read of every row of it on every pass.
      const placed = byPlace(cells);
      verdict = placed !== null && placed.some((cell, i) => cell !== byOrder(cells, i));
      scrambled.set(cells.length, verdict);
    }
    if (!verdict) return byOrder(cells, index);
    const placed = byPlace(cells);
    return placed ? placed[index] : byOrder(cells, index);
  };
}
