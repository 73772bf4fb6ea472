import type { ComponentChildren } from 'preact';
import type { DocumentsKey } from '../../lib/i18n/documents';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';

/** A table's header row from its column definitions (lib/export/columns.ts); `children` adds header cells after them. */
export function ColumnHeads({ columns, t, children }: { columns: readonly { label: DocumentsKey }[]; t: DocsTranslate; children?: ComponentChildren }) {
  return (
    <tr>
      {columns.map((column) => (
        <th scope="col" key={column.label}>
          {t(column.label)}
        </th>
      ))}
      {children}
    </tr>
  );
}
