import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText } from '../../../lib/documents/clean-text';

describe('cleanText', () => {
  it('removes the characters XML 1.0 forbids but keeps tab and newline', () => {
    expect(cleanText('A\u0000B\u0007C\u000BD\u001FE\u007FF\tG\nH\uFFFEI\uFFFF')).toBe('ABCDEF\tG\nHI');
  });

  it('turns CR and CRLF into newlines', () => {
    expect(cleanText('một\r\nhai\rba')).toBe('một\nhai\nba');
  });

  it('removes lone surrogates but keeps emoji pairs', () => {
    expect(cleanText('a\uD83Db\uDE00c 😀')).toBe('abc 😀');
  });

  it('composes decomposed Vietnamese to NFC', () => {
    const decomposed = 'Tra\u0302\u0300n Thi\u0323 Ma\u0302\u0303u';
    expect(cleanText(decomposed)).toBe('Trần Thị Mẫu');
    expect(cleanText(decomposed)).toBe(cleanText(decomposed).normalize('NFC'));
  });

  it('cleans every string inside nested data without touching other values', () => {
    expect(cleanDeep({ a: 'x\u0001', rows: [{ b: 'y\u0002', n: 3 }], ok: true })).toEqual({
      a: 'x',
      rows: [{ b: 'y', n: 3 }],
      ok: true,
    });
  });
});
