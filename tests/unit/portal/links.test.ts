import { describe, expect, it } from 'vitest';
import { linksAgainst } from '../../../lib/portal/links';

const BASES = ['https://motcua.example.gov.vn/portal/ho-so/danh-sach.html?page=2#top', 'http://10.0.0.5:8080/dvc', 'https://a.vn/', 'file:///trang-da-luu/danh-sach.html'];
const HREFS = [
  'chi-tiet.html?id=5',
  '/hoso/xem?id=5&tab=1',
  '//other.vn/x',
  '?id=5',
  '../len/chi-tiet.html',
  './chi-tiet.html',
  'a/%2E%2e/b',
  'xem hồ sơ.html',
  "x.html?q='a'",
  'https://khac.vn/a',
  'mailto:a@b.vn',
  'a\\b',
  'x.html#frag',
  'a/./b?c=../d',
  'ho-so/000.00.57.H21-220520-0001',
];

describe('linksAgainst', () => {
  it('gives exactly what the URL parser gives, fast path or not', () => {
    for (const base of BASES) {
      const resolve = linksAgainst(base);
      for (const href of HREFS) expect(resolve(href), `${href} against ${base}`).toBe(new URL(href, base).href);
    }
  });

  it('says undefined for a link the parser refuses', () => {
    expect(linksAgainst('about:blank')('x.html')).toBeUndefined();
    expect(linksAgainst('https://a.vn/')('http://[bad')).toBeUndefined();
  });
});
