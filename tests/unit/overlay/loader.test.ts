import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLoader } from '../../../entrypoints/portal.content/loader';
import { mayBringDossiers } from '../../../lib/overlay/find';

/**
 * The loader looks at a frame's whole text when the page may have brought dossiers. A page without
 * any that keeps changing (a clock in its header) must cost no look; a list an XHR inserts later
 * must get one, and with it the overlay.
 */
type Api = Parameters<typeof startLoader>[1];

let invalidate: (() => void) | undefined;
const ctx = { isValid: true, onInvalidated: (cb: () => void) => void (invalidate = cb) } as unknown as ContentScriptContext;
const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true }));
const api = { runtime: { sendMessage, onMessage: { addListener: vi.fn(), removeListener: vi.fn() } } } as unknown as Api;

/** The list a portal's XHR brings: rows of the national dossier code (the demo portal's shape). */
const LIST = `<thead><tr><th>STT</th><th>Số biên nhận</th><th>Ngày hẹn trả</th></tr></thead>
<tbody><tr><td>1</td><td>000.00.57.H21-220505-0007</td><td>20/05/2022</td></tr></tbody>`;

const injections = () => sendMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'inject-overlay').length;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  document.body.innerHTML = '<header>Cổng dịch vụ công — <span id="clock">08:00:00</span></header><main id="main"><p>Bảng tin</p></main>';
  sendMessage.mockClear();
});

afterEach(() => {
  invalidate?.();
  vi.useRealTimers();
});

describe('the loader looks again only when the page may have brought dossiers', () => {
  it('a ticking clock costs no walk of the page; an XHR-inserted table gets one and the overlay', async () => {
    const walks = vi.spyOn(document, 'createTreeWalker');
    await startLoader(ctx, api);
    expect(walks).toHaveBeenCalledTimes(1); // the first look, which finds nothing
    const clock = document.getElementById('clock')!;
    for (let second = 1; second <= 10; second++) {
      clock.textContent = `08:00:${String(second).padStart(2, '0')}`; // replaces the text node
      (clock.firstChild as Text).data += ' '; // and changes it in place
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(walks).toHaveBeenCalledTimes(1);
    expect(injections()).toBe(0);

    const table = document.createElement('table');
    table.innerHTML = LIST;
    document.getElementById('main')!.append(table);
    await vi.advanceTimersByTimeAsync(250);
    expect(walks).toHaveBeenCalledTimes(2);
    expect(injections()).toBe(1);
  });
});

describe('mayBringDossiers', () => {
  /** The records a change makes, as the loader's observer receives them (never none). */
  const records = async (change: () => void): Promise<MutationRecord[]> => {
    const taken: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => taken.push(...batch));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    change();
    await vi.advanceTimersByTimeAsync(10);
    observer.disconnect();
    expect(taken.length).toBeGreaterThan(0);
    return taken;
  };

  it('says yes to added elements and to text changed inside a table or grid', async () => {
    document.body.innerHTML = '<table><tbody><tr><td id="cell">1</td></tr></tbody></table><div role="grid"><div role="row"><span id="g">a</span></div></div><p id="p">x</p>';
    expect(mayBringDossiers(await records(() => document.getElementById('p')!.append(document.createElement('span'))))).toBe(true);
    expect(mayBringDossiers(await records(() => (document.getElementById('cell')!.textContent = '000.00.57.H21-220505-0007')))).toBe(true);
    expect(mayBringDossiers(await records(() => ((document.getElementById('g')!.firstChild as Text).data = 'b')))).toBe(true);
  });

  it('says no to text changed elsewhere, and to nodes only removed', async () => {
    document.body.innerHTML = '<p id="p">08:00</p><div id="d"><span>x</span></div>';
    expect(mayBringDossiers(await records(() => (document.getElementById('p')!.textContent = '08:01')))).toBe(false);
    expect(mayBringDossiers(await records(() => ((document.getElementById('p')!.firstChild as Text).data = '08:02')))).toBe(false);
    expect(mayBringDossiers(await records(() => document.getElementById('d')!.replaceChildren()))).toBe(false);
  });
});
