import { Window } from 'happy-dom';
import { handleDemoRequest, type DemoResponse } from '../../../scripts/demo-server';
import { DATASET, type DossierKey } from '../../fixtures/portal/dataset';

/** A portal-like origin: the site must not care which host serves it. */
export const ORIGIN = 'https://gialai.motcua.vnpt.vn';

export async function get(path: string): Promise<DemoResponse> {
  return handleDemoRequest(new URL(path, ORIGIN));
}

/** Parses served HTML inertly: the page's scripts and stylesheets are the browser tests' business. */
const parser = new Window({
  url: ORIGIN,
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

export async function getPage(path: string): Promise<{ response: DemoResponse; doc: Document }> {
  const response = await get(path);
  const doc = new parser.DOMParser().parseFromString(response.body.toString('utf8'), 'text/html');
  return { response, doc: doc as unknown as Document };
}

export async function getJson(path: string): Promise<{ response: DemoResponse; json: Record<string, unknown> }> {
  const response = await get(path);
  return { response, json: JSON.parse(response.body.toString('utf8')) as Record<string, unknown> };
}

/** The dataset key whose new or old code is `code`. */
export function keyOfCode(code: string | null | undefined): DossierKey | undefined {
  const text = (code ?? '').trim();
  return DATASET.find((record) => record.code === text || record.oldCode === text)?.key;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
