/**
 * Search keys: Vietnamese text folded so "Nguyễn", "nguyen" and "NGUYỄN" meet. Diacritics go
 * (NFD then drop combining marks), and đ, which is a letter rather than a mark, becomes d.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text, each once, for word-prefix search ("van thu" finds "Nguyễn Văn Thử"). */
export function words(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(searchKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
}

/**
 * Keys for searching a dossier code: the whole folded code and every tail that starts after a
 * `.` or `-`, so an officer typing the end of a code ("220513-0001", "0001") hits the index.
 */
export function codeKeys(code: string): string[] {
  const folded = searchKey(code).replace(/\s/g, '');
  const keys = [folded];
  for (let i = 0; i < folded.length; i++) {
    if ((folded[i] === '.' || folded[i] === '-') && i + 1 < folded.length) keys.push(folded.slice(i + 1));
  }
  return [...new Set(keys)];
}
