/**
 * Makes any user or portal text safe to put in a Word document.
 *
 * XML 1.0 forbids most control characters, lone UTF-16 surrogates and U+FFFE/U+FFFF; one of them
 * in word/document.xml makes Word refuse the file. docxtemplater escapes `<`, `&` and quotes itself,
 * so only the forbidden characters are removed here. Text is NFC because portals and keyboards
 * sometimes give decomposed Vietnamese ("e" + combining marks), which prints badly in some fonts.
 */

// Tab (U+0009) and line feed (U+000A) are kept: docxtemplater turns "\n" into a line break.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .normalize('NFC');
}

/** `cleanText` applied to every string inside plain data (objects and arrays), returning a copy. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanDeep(item)])) as T;
  }
  return value;
}
