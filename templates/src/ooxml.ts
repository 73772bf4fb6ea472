/**
 * Hand-written WordprocessingML for the default templates: just the elements the Nghị định 30/2020
 * layout needs, written so every docxtemplater tag stays whole inside a single run (a tag split
 * across runs still works in docxtemplater, but an office editing the file in Word would see it
 * break more easily).
 *
 * Units: font sizes in points, lengths in twips (1/20 pt, 1 mm ≈ 56.7 twips).
 */

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Points; half-points in the XML. */
  size?: number;
}

/** A piece of text with its own run properties inside a paragraph. */
export interface Span extends RunProps {
  text: string;
}

export type Inline = string | Span;

export interface ParagraphProps extends RunProps {
  align?: 'left' | 'center' | 'right' | 'both';
  firstLine?: number;
  left?: number;
  right?: number;
  /** Spacing before/after in points. */
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line (240 = single). */
  line?: number;
  keepNext?: boolean;
  /** Keeps the paragraph's lines on one page. */
  keepLines?: boolean;
  /** A paragraph style of styles.xml, e.g. a rule that lib/documents/fit-rules sizes after rendering. */
  style?: string;
  /** A solid rule drawn as the paragraph's top border: the short line under an agency name or the Tiêu ngữ. */
  ruleAbove?: boolean;
}

function runProps(props: RunProps): string {
  const parts = [
    props.bold ? '<w:b/><w:bCs/>' : '',
    props.italic ? '<w:i/><w:iCs/>' : '',
    props.size ? `<w:sz w:val="${props.size * 2}"/><w:szCs w:val="${props.size * 2}"/>` : '',
  ].join('');
  return parts === '' ? '' : `<w:rPr>${parts}</w:rPr>`;
}

/** One run per line of text; "\n" becomes a line break. */
export function run(text: string, props: RunProps = {}): string {
  const body = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('<w:br/>');
  return `<w:r>${runProps(props)}${body}</w:r>`;
}

export function p(content: Inline | Inline[], props: ParagraphProps = {}): string {
  const inherited: RunProps = { bold: props.bold, italic: props.italic, size: props.size };
  const runs = (Array.isArray(content) ? content : [content])
    .map((piece) => (typeof piece === 'string' ? run(piece, inherited) : run(piece.text, { ...inherited, ...piece })))
    .join('');
  const spacing = `<w:spacing w:before="${(props.before ?? 0) * 20}" w:after="${(props.after ?? 0) * 20}" w:line="${props.line ?? 240}" w:lineRule="auto"/>`;
  const indent =
    props.firstLine !== undefined || props.left !== undefined || props.right !== undefined
      ? `<w:ind w:left="${props.left ?? 0}" w:right="${props.right ?? 0}"${props.firstLine ? ` w:firstLine="${props.firstLine}"` : ''}/>`
      : '';
  const pPr = [
    props.style ? `<w:pStyle w:val="${props.style}"/>` : '',
    props.keepNext ? '<w:keepNext/>' : '',
    props.keepLines ? '<w:keepLines/>' : '',
    props.ruleAbove ? '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '',
    spacing,
    indent,
    `<w:jc w:val="${props.align ?? 'left'}"/>`,
    runProps(inherited),
  ].join('');
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

/**
 * A thin paragraph whose top border is a rule `width` twips long, centred in a column `column`
 * twips wide. A paragraph border renders the same in Word and LibreOffice, unlike a drawn line.
 * `style` marks it for lib/documents/fit-rules, which resizes it to the rendered line above; `width`
 * is what an unrendered template shows.
 */
export function rule(style: 'NhacHanRuleShort' | 'NhacHanRuleFull', width: number, column: number): string {
  const side = Math.max(0, Math.round((column - width) / 2));
  // 4 pt before plus the border's own 1 pt keep the rule clear of the descenders above, so it reads
  // as a rule, not as an underline. Auto line height with a 1 pt mark keeps the border below the
  // text above it; an exact line height lets LibreOffice draw the border across that text.
  return p('', { style, ruleAbove: true, left: side, right: side, before: 4, size: 1, keepNext: true });
}

export interface Cell {
  /** Paragraph XML; a cell must end with a paragraph. */
  content: string;
  span?: number;
  shade?: boolean;
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of every page. */
  header?: boolean;
}

export interface TableProps {
  widths: number[];
  borders: boolean;
  rows: Row[];
  /** Cells' vertical alignment: top for the header and closing blocks, centre for data tables. */
  vAlign?: 'top' | 'center';
  /** Left indent in twips (negative reaches into the margin); the table is centred when absent. */
  indent?: number;
}

export function table({ widths, borders, rows, vAlign = 'center', indent }: TableProps): string {
  const border = borders ? 'single' : 'nil';
  const side = (name: string) => `<w:${name} w:val="${border}" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    (indent === undefined ? '<w:jc w:val="center"/>' : `<w:jc w:val="left"/><w:tblInd w:w="${indent}" w:type="dxa"/>`) +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((row) => {
      let column = 0;
      const cells = row.cells
        .map((cell) => {
          const span = cell.span ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          const tcPr =
            `<w:tcW w:w="${width}" w:type="dxa"/>` +
            (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
            (cell.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '') +
            `<w:vAlign w:val="${vAlign}"/>`;
          return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${cell.content}</w:tc>`;
        })
        .join('');
      const trPr = `<w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${body}</w:tbl>`;
}
