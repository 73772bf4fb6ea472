import type { ComponentChildren } from 'preact';
import type { DocumentsKey } from '../../lib/i18n/documents';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';

interface Props {
  /** The column definitions (lib/export/columns.ts): their labels make the header row. */
  columns: readonly { label: DocumentsKey }[];
  t: DocsTranslate;
  /** Header cells after the defined columns (a standing, a button's column). */
  heads?: ComponentChildren;
  /** Names the table for tests and styles (`data-nhachan-morning="overdue"`). */
  marker?: Record<`data-${string}`, string>;
  children: ComponentChildren;
}

/** A table of the records page: scrolls inside its own box, header row from the columns, the rows given. */
export function DataTable({ columns, t, heads, marker, children }: Props) {
  return (
    <div class="table-wrap">
      <table class="data" {...marker}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {t(column.label)}
              </th>
            ))}
            {heads}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
