/**
 * Whether the word typed to delete the whole history is one of `words`: any case, surrounding
 * spaces, and either Unicode form (a Mac keyboard may send decomposed letters). Vietnamese writes
 * the word both "XOÁ" and "XÓA" (the tone mark's old and new placement), so both are passed in.
 */
export function confirmsDeletion(typed: string, words: readonly string[]): boolean {
  const norm = (w: string) => w.normalize('NFC').trim().toLocaleUpperCase('vi');
  return words.some((w) => norm(w) === norm(typed));
}
