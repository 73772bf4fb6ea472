/**
 * Advance widths of Times New Roman (measured from Liberation Serif, its metric-compatible twin
 * that LibreOffice substitutes), in thousandths of an em. Enough to size a rule to the line of text
 * above it, as Nghị định 30/2020 Phụ lục I asks ("độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ").
 * Vietnamese letters take their base letter's width except the horned and barred ones listed apart.
 */
type Face = 'regular' | 'bold';

/** U+0020 to U+007E in order. */
const ASCII: Record<Face, readonly number[]> = {
  regular: [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541],
  bold: [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520],
};

const OWN: Record<Face, Readonly<Record<string, number>>> = {
  regular: { 'Đ': 722, 'đ': 500, 'ơ': 529, 'Ư': 776, 'ư': 542, '…': 1000, '–': 500, 'ớ': 529, 'ờ': 529, 'ở': 529, 'ỡ': 529, 'ợ': 529, 'Ứ': 776, 'ứ': 542, 'Ừ': 776, 'ừ': 542, 'Ử': 776, 'ử': 542, 'Ữ': 776, 'ữ': 542, 'Ự': 776, 'ự': 542 },
  bold: { 'Đ': 722, 'đ': 556, 'ơ': 554, 'Ư': 796, 'ư': 600, '…': 1000, '–': 500, 'ớ': 554, 'ờ': 554, 'ở': 554, 'ỡ': 554, 'ợ': 554, 'Ứ': 796, 'ứ': 600, 'Ừ': 796, 'ừ': 600, 'Ử': 796, 'ử': 600, 'Ữ': 796, 'ữ': 600, 'Ự': 796, 'ự': 600 },
};

function charWidth(char: string, face: Face): number {
  const own = OWN[face][char];
  if (own !== undefined) return own;
  if (char === '\u00a0') return ASCII[face][0]!;
  const base = char.normalize('NFD').charCodeAt(0);
  // Outside the table (rare symbols): an average lower-case letter.
  return base >= 0x20 && base <= 0x7e ? ASCII[face][base - 0x20]! : 500;
}

/** Width in twips of one line of `text` set at `size` points. */
export function lineWidth(text: string, size: number, bold = false): number {
  const face: Face = bold ? 'bold' : 'regular';
  let em = 0;
  for (const char of text) em += charWidth(char, face);
  return Math.round((em / 1000) * size * 20);
}
