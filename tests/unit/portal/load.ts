import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

/** A fixture page parsed in its own happy-dom window at a portal-like URL (scripts are not run). */
export function loadPage(file: string, url = 'https://motcua.example.gov.vn/danh-sach'): Document {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures', file), 'utf8');
  return pageFromHtml(html, url);
}

export function pageFromHtml(html: string, url = 'https://motcua.example.gov.vn/danh-sach'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
