import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { listenForPageData, pageRecord, recordsFromHandOver, rememberPageRecords } from '../../../lib/portal/igate';
import { IGATE_EVENT, IGATE_KEPT_RESPONSES, IGATE_REPLAY_EVENT, isDossierSearch, observeDossierSearch } from '../../../lib/portal/igate-observer';
import { SHARED_DOSSIERS } from '../../fixtures/portal/dataset';
import { igateSearch } from '../../fixtures/portal/mock-api';
import { pageFromHtml } from './load';

const search = (): string => JSON.stringify(igateSearch(new URLSearchParams('page=0&size=50&spec=page')).body);

describe("iGate: the page's own JSON (issue 11 item 5)", () => {
  it('turns every record of /pa/dossier/search into the dossier it describes', () => {
    const records = recordsFromHandOver(JSON.stringify({ url: 'https://x/pa/dossier/search', content: JSON.parse(search()).content }));
    expect(records.size).toBe(SHARED_DOSSIERS.length);
    for (const d of SHARED_DOSSIERS) {
      const r = records.get(d.code);
      expect({ code: d.code, dueAt: r?.dueAt, receivedAt: r?.receivedAt, applicant: r?.applicant, procedure: r?.procedure }).toEqual({
        code: d.code, dueAt: d.dueAt, receivedAt: d.receivedAt, applicant: d.applicant, procedure: d.procedure,
      });
      expect(r?.status).toBe(d.status);
    }
  });

  it('ignores what is not a hand-over of iGate records, without throwing', () => {
    for (const bad of ['not json', '{"content":5}', JSON.stringify({ url: 'x', content: [{ nope: 1 }, null, 'x'] }), null, 42, { url: 1 }]) {
      expect(recordsFromHandOver(bad).size).toBe(0);
    }
    const many = JSON.stringify({ url: 'x', content: Array.from({ length: 501 }, (_, i) => ({ code: `C${i}` })) });
    expect(recordsFromHandOver(many).size).toBe(0);
  });

  it('rows are matched by code; the JSON wins where both say something, the cells stay the fallback', () => {
    const doc = pageFromHtml(`<table><tr><th>Mã hồ sơ</th><th>Chủ hồ sơ</th><th>Ngày hẹn trả</th></tr>
      <tr><td>H21.57.14-220513-0001</td><td>Người Trên Trang</td><td>21/05/2022</td></tr>
      <tr><td>H21.57.14-220513-0099</td><td>Không Có JSON</td><td>25/05/2022 10:00</td></tr></table>`);
    rememberPageRecords(doc, new Map([['H21.57.14-220513-0001', { dueAt: '2022-05-20T17:00', dueDateOnly: false, status: 'processing' as const }]]));
    const { dossiers } = readDossierList(doc);
    expect(dossiers.map((d) => [d.code, d.applicant, d.dueAt, d.status])).toEqual([
      ['H21.57.14-220513-0001', 'Người Trên Trang', '2022-05-20T17:00', 'processing'],
      ['H21.57.14-220513-0099', 'Không Có JSON', '2022-05-25T10:00', 'unknown'],
    ]);
  });

  it('recognises the list endpoint only', () => {
    expect(isDossierSearch('https://apiigate.gialai.gov.vn/pa/dossier/search?page=0&size=20')).toBe(true);
    expect(isDossierSearch('/pa/dossier/search')).toBe(true);
    expect(isDossierSearch('https://x/pa/dossier/62a0/--online')).toBe(false);
    expect(isDossierSearch('https://x/pa/dossier/searchable')).toBe(false);
  });
});

describe('the MAIN-world observer changes nothing the page sees', () => {
  const setup = () => {
    const win = new Window({ url: 'https://motcua.example.vnpt.vn/vi/dossier/search' });
    const body = search();
    const seen: unknown[] = [];
    const served: Response[] = [];
    const pageFetch = async (input: RequestInfo | URL): Promise<Response> => {
      const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' } });
      Object.defineProperty(response, 'url', { value: String(input) });
      served.push(response);
      return response;
    };
    (win as unknown as { fetch: typeof fetch }).fetch = pageFetch as typeof fetch;
    const doc = win.document as unknown as Document;
    listenForPageData(doc, (codes) => seen.push(codes.size));
    doc.addEventListener(IGATE_EVENT, () => undefined);
    observeDossierSearch(win as unknown as Parameters<typeof observeDossierSearch>[0]);
    return { win, body, seen, served, doc };
  };

  it('fetch: the same Response object, the same bytes, the request arguments passed through', async () => {
    const { win, body, seen, served } = setup();
    const init = { method: 'GET', headers: { Accept: 'application/json', Authorization: 'Bearer t' } };
    const response = await (win as unknown as { fetch: typeof fetch }).fetch('https://api.example/pa/dossier/search?page=0&size=50', init);
    expect(response).toBe(served[0]);
    expect(await response.text()).toBe(body);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([SHARED_DOSSIERS.length]);
  });

  it('fetch: another endpoint is not read; a rejected fetch keeps its rejection for the page', async () => {
    const { win, seen } = setup();
    await (win as unknown as { fetch: typeof fetch }).fetch('https://api.example/pa/dossier/62a0/--online');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    const failing = new Window({ url: 'https://x.example/' });
    (failing as unknown as { fetch: typeof fetch }).fetch = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    observeDossierSearch(failing as unknown as Parameters<typeof observeDossierSearch>[0]);
    await expect((failing as unknown as { fetch: typeof fetch }).fetch('https://x/pa/dossier/search')).rejects.toThrow('offline');
  });
});

describe('a content script injected after the page fetched its list still gets the JSON', () => {
  /** A page whose `/pa/dossier/search?code=…` answers the records whose code contains it. */
  const portal = () => {
    const win = new Window({ url: 'https://motcua.example.vnpt.vn/vi/dossier/search' });
    (win as unknown as { fetch: typeof fetch }).fetch = (async (input: RequestInfo | URL): Promise<Response> => {
      const url = new URL(String(input));
      const response = new Response(JSON.stringify(igateSearch(url.searchParams).body), { status: 200 });
      Object.defineProperty(response, 'url', { value: url.href });
      return response;
    }) as typeof fetch;
    observeDossierSearch(win as unknown as Parameters<typeof observeDossierSearch>[0]);
    const pageFetch = async (query: string): Promise<void> => {
      await (await (win as unknown as { fetch: typeof fetch }).fetch(`https://api.example/pa/dossier/search?${query}`)).text();
      await new Promise((r) => setTimeout(r, 10));
    };
    return { doc: win.document as unknown as Document, pageFetch };
  };

  it('the observer hands over again what it kept, oldest first, when the content script starts listening', async () => {
    const { doc, pageFetch } = portal();
    await pageFetch('page=0&size=50&spec=page');
    const code = SHARED_DOSSIERS[0]!.code;
    // Nobody listened when the page fetched its list: nothing is known yet.
    expect(pageRecord(doc, code)).toBeUndefined();
    const handOvers: number[] = [];
    listenForPageData(doc, (codes) => handOvers.push(codes.size));
    expect(handOvers).toEqual([SHARED_DOSSIERS.length]);
    expect(pageRecord(doc, code)?.dueAt).toBe(SHARED_DOSSIERS[0]!.dueAt);
  });

  it('keeps only the last responses, and a replay asked by anyone adds nothing new', async () => {
    const { doc, pageFetch } = portal();
    const codes = SHARED_DOSSIERS.slice(0, IGATE_KEPT_RESPONSES + 2).map((d) => d.code);
    for (const code of codes) await pageFetch(`code=${encodeURIComponent(code)}&size=50&spec=page`);
    const seen: string[][] = [];
    listenForPageData(doc, (named) => seen.push([...named]));
    expect(seen).toEqual(codes.slice(2).map((code) => [code]));
    // The page may ask too (the event is the page's to dispatch): the same hand-overs, validated again.
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).CustomEvent(IGATE_REPLAY_EVENT));
    expect(seen).toHaveLength(2 * IGATE_KEPT_RESPONSES);
  });
});
