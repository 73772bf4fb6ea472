/**
 * Text helpers for matching portal labels. Every comparison goes through `fold` (exact, NFC) or
 * `loose` (diacritic-insensitive fallback); both are cheap because they run on short labels or once
 * per cell.
 */

const BLOCK_TAGS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'DT', 'DD', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIELDSET',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Collapses runs of whitespace (including NBSP) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Case- and whitespace-insensitive form of a label, NFC, without a trailing ':'. */
export function fold(s: string): string {
  return squash(s.normalize('NFC').toLowerCase()).replace(/\s*:+$/, '');
}

const looseCache = new Map<string, string>();

/**
 * Strips Vietnamese diacritics (and đ→d) while keeping the string's length, so that a match found in
 * the loose form can be sliced out of the original NFC text at the same positions.
 */
export function loose(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch.charCodeAt(0) < 128) {
      out += ch;
      continue;
    }
    let folded = looseCache.get(ch);
    if (folded === undefined) {
      folded = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').charAt(0) || ch;
      looseCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** The diacritic-insensitive fallback key of a label. */
export function foldLoose(s: string): string {
  return loose(fold(s));
}

/**
 * A cell's text with line breaks where the page shows them (`<br>`, block elements), without
 * `innerText` (which forces layout). A cell with no child elements costs one `textContent` read.
 */
export function cellText(el: Element): string {
  if (el.firstElementChild === null) return (el.textContent ?? '').normalize('NFC');
  const parts: string[] = [];
  walk(el, parts);
  return parts.join('').normalize('NFC');
}

function walk(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') parts.push('\n');
      else if (SKIPPED_TAGS.has(tag)) continue;
      else if (BLOCK_TAGS.has(tag)) {
        parts.push('\n');
        walk(child, parts);
        parts.push('\n');
      } else walk(child, parts);
    }
  }
}

/** Non-empty, squashed lines of a text produced by `cellText`. */
export function lines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const s = squash(line);
    if (s) out.push(s);
  }
  return out;
}

/** Keeps record strings inside the schema's limits (a hostile page may put anything in a cell). */
export function clip(s: string, max = 4000): string {
  return s.length > max ? s.slice(0, max) : s;
}
