import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { IGATE_EVENT, IGATE_REPLAY_EVENT } from '../../lib/portal/igate-observer';
import { EXPECTED_STANDINGS, PAGE_LISTS, SHARED_DOSSIERS } from '../fixtures/portal/dataset';
import { rowFlags } from './util';

/** What the page itself sends and receives for iGate's list request, read by the page's own code. */
interface Probe {
  fetchNative: boolean;
  fetchText: string;
  fetchStatus: number;
  fetchType: string | null;
  xhrText: string;
  xhrStatus: number;
  handedOver: number;
}

const SEARCH = 'api/pa/dossier/search?page=0&size=5&spec=page&sort=updatedDate,desc';

async function probe(page: Page): Promise<Probe> {
  return page.evaluate(async (path) => {
    let handedOver = 0;
    document.addEventListener('nhac-han-igate', () => handedOver++);
    const fetchNative = /\[native code\]/.test(Function.prototype.toString.call(window.fetch));
    const response = await fetch(path, { headers: { Accept: 'application/json', 'X-Probe': 'nhac-han' } });
    const fetchText = await response.text();
    const xhr = await new Promise<XMLHttpRequest>((resolve) => {
      const r = new XMLHttpRequest();
      r.open('GET', path);
      r.setRequestHeader('X-Probe', 'nhac-han-xhr');
      r.onloadend = () => resolve(r);
      r.send();
    });
    await new Promise((r) => setTimeout(r, 100));
    return {
      fetchNative, fetchText, fetchStatus: response.status, fetchType: response.headers.get('content-type'),
      xhrText: xhr.responseText, xhrStatus: xhr.status, handedOver,
    };
  }, SEARCH);
}

async function run(session: Session): Promise<{ probe: Probe; wire: Array<{ url: string; headers: Record<string, string>; body: string }> }> {
  const page = await session.context.newPage();
  await page.goto(`${DEMO_ORIGIN}/fixtures/b/vi/dossier/processing`);
  await page.waitForFunction(() => document.querySelectorAll('mat-row').length > 0);
  const wire: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/pa/dossier/search')) return;
    const request = response.request();
    const headers = await request.allHeaders();
    wire.push({ url: request.url(), headers: { accept: headers.accept ?? '', 'x-probe': headers['x-probe'] ?? '' }, body: (await response.body()).toString('utf8') });
  });
  const result = await probe(page);
  await expect.poll(() => wire.length).toBe(2);
  await page.close();
  return { probe: result, wire };
}

describe("iGate's own JSON is observed without changing a byte (issue 11 item 5)", () => {
  let withExtension: Session;
  let bare: Session;
  beforeAll(async () => {
    withExtension = await launch();
    await setSettings(withExtension, { asOf: FIXTURES_AS_OF });
    bare = await launch({ extension: false });
  });
  afterAll(async () => {
    await withExtension?.close();
    await bare?.close();
  });

  it('the page sends the same requests and reads the same bytes as in a browser without the extension', async () => {
    const seen = await run(withExtension);
    const plain = await run(bare);
    // The observer was there (fetch wrapped, JSON handed over) in one browser and absent in the other.
    expect(seen.probe.fetchNative).toBe(false);
    expect(plain.probe.fetchNative).toBe(true);
    expect(seen.probe.handedOver).toBe(2);
    expect(plain.probe.handedOver).toBe(0);
    // What the page's code read is what the wire carried, and the same in both browsers.
    const { fetchNative: _a, handedOver: _b, ...own } = seen.probe;
    const { fetchNative: _c, handedOver: _d, ...reference } = plain.probe;
    expect(own).toEqual(reference);
    expect(own.fetchText).toBe(seen.wire[0]!.body);
    expect(own.xhrText).toBe(seen.wire[1]!.body);
    expect(JSON.parse(own.fetchText).content).toHaveLength(5);
    // The requests left the page as the page wrote them.
    expect(seen.wire.map((w) => [w.url, w.headers])).toEqual(plain.wire.map((w) => [w.url, w.headers]));
    expect(seen.wire.map((w) => w.headers['x-probe'])).toEqual(['nhac-han', 'nhac-han-xhr']);
  });

  it("a returned row the list prints undated (D07) is dated from the page's JSON, matched by code, even when the JSON comes after the rows were read", async () => {
    const page = await withExtension.context.newPage();
    // The app renders from its own copy of the response; the observer's copy (the only clone the page
    // makes) is held back until the test lets it go: the rows are shown and read before the JSON.
    await page.addInitScript(() => {
      const clone = Response.prototype.clone;
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      (window as unknown as { releaseObserverCopy: () => void }).releaseObserverCopy = () => release();
      Response.prototype.clone = function (this: Response): Response {
        const copy = clone.call(this);
        const json = copy.json.bind(copy);
        copy.json = () => released.then(json);
        return copy;
      };
    });
    await page.goto(`${DEMO_ORIGIN}/fixtures/b/vi/dossier/processing`);
    const onPage = (keys: readonly string[]) => expect.poll(async () => (await rowFlags(page)).map((f) => f.key), { timeout: 15_000 }).toEqual([...keys]);
    await onPage(PAGE_LISTS.bByUpdated[0]);
    await page.click('button[aria-label="Trang sau"]');
    await onPage(PAGE_LISTS.bByUpdated[1]);
    await page.click('button[aria-label="Trang sau"]');
    const keys = PAGE_LISTS.bByUpdated[2];
    await onPage(keys);
    const d07 = async () => (await rowFlags(page)).find((f) => f.key === 'D07');
    // The cell says only "Đã trả kết quả": from the cells alone, on time or late cannot be told.
    expect((await d07())?.status).toBe('unknown');
    // iGate's returnedDate says it; the row, already read and unchanged, is read again with it.
    await page.evaluate(() => (window as unknown as { releaseObserverCopy: () => void }).releaseObserverCopy());
    await expect.poll(d07, { timeout: 15_000 }).toEqual({ key: 'D07', status: EXPECTED_STANDINGS.D07.status, days: expect.anything() });
    expect((await rowFlags(page)).map((f) => f.key)).toEqual([...keys]);
    await page.close();
  });

  it('the observer hands what it kept over again to a listener that starts after the page fetched its list', async () => {
    const page = await withExtension.context.newPage();
    await page.goto(`${DEMO_ORIGIN}/fixtures/b/vi/dossier/processing`);
    await expect.poll(async () => (await rowFlags(page)).length, { timeout: 15_000 }).toBe(PAGE_LISTS.bByUpdated[0].length);
    // As the overlay's listenForPageData does when it starts, after the list's one request was answered.
    const replayed = await page.evaluate(([handOver, replay]) => {
      const codes: string[][] = [];
      document.addEventListener(handOver, (event) => {
        const { content } = JSON.parse((event as CustomEvent<string>).detail) as { content: Array<{ code: string }> };
        codes.push(content.map((item) => item.code));
      });
      document.dispatchEvent(new CustomEvent(replay));
      return codes;
    }, [IGATE_EVENT, IGATE_REPLAY_EVENT] as const);
    // The one response of the page (client paging: every record in one request), whole.
    expect(replayed.map((codes) => [...codes].sort())).toEqual([SHARED_DOSSIERS.map((d) => d.code).sort()]);
    await page.close();
  });
});
