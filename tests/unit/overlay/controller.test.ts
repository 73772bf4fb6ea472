import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../../lib/calendar';
import type { Dossier } from '../../../lib/dossier/schema';
import { OverlayController, type OverlayConfig, type PageState } from '../../../lib/overlay/controller';
import { actionableRows, updateLedger } from '../../../lib/overlay/actionable';
import { BADGE_ATTR } from '../../../lib/overlay/badge';
import type { DocumentAction } from '../../../lib/overlay/actions';
import { EXPECTED_STANDINGS, FIXTURE_NOW_LOCAL, PAGE_LISTS } from '../../fixtures/portal/dataset';

const page = readFileSync(resolve(__dirname, '../../fixtures/portal/a/danh-sach-ho-so.html'), 'utf8');
const body = page.slice(page.indexOf('>', page.indexOf('<body')) + 1, page.lastIndexOf('</body>'));

const config: OverlayConfig = {
  asOf: FIXTURE_NOW_LOCAL,
  dueSoonDays: 2,
  checkWindowDays: 3,
  calendar: createCalendar({}),
  language: 'vi',
};

function hooks() {
  return {
    onDossiers: vi.fn<(d: Dossier[]) => void>(),
    onDetail: vi.fn(),
    onState: vi.fn<(s: PageState) => void>(),
    onDocument: vi.fn<(action: DocumentAction, d: Dossier) => void>(),
  };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const rows = () => [...document.querySelectorAll('table.adminlist tbody tr')];

describe('OverlayController on fixture A', () => {
  let controller: OverlayController | undefined;
  beforeEach(() => {
    document.body.innerHTML = body;
  });
  afterEach(() => controller?.stop());

  it('flags every dossier row with its standing and days, in page order', () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    const state = controller.flush();
    expect(state.rows).toBe(10);
    const flags = rows().map((r) => [r.getAttribute('data-nhachan-status'), r.getAttribute('data-nhachan-days')]);
    expect(flags).toEqual(
      PAGE_LISTS.aList[0].map((key) => {
        // List A prints "Đã xử lý xong" without the finish date: on time or late cannot be told there
        // (D11 is done-late, 3 days, where its finish date is shown: detail view, fixtures B and C).
        if (key === 'D11') return ['unknown', null];
        const e = EXPECTED_STANDINGS[key];
        const days = e.daysLeft ?? (e.daysLate ? -e.daysLate : null);
        return [e.status, days === null ? null : String(days)];
      }),
    );
    expect(state.counts).toMatchObject({ overdue: 2, unknown: 1, 'due-today': 2, 'due-soon': 1, paused: 1, 'not-applicable': 1, 'on-time': 2 });
    expect(h.onDossiers).toHaveBeenCalledTimes(1);
    expect(h.onDossiers.mock.calls[0]![0]).toHaveLength(10);
  });

  it('keeps the row text the page wrote: the badge text lives in a shadow root', () => {
    const before = rows().map((r) => r.textContent);
    controller = new OverlayController(document, config, hooks());
    controller.flush();
    expect(rows().map((r) => r.textContent)).toEqual(before);
    expect(document.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(10);
  });

  it('re-reads only the row whose text changed', () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    controller.flush();
    const row = rows()[0]!;
    const status = row.lastElementChild!.previousElementSibling!;
    status.textContent = 'Đã trả kết quả';
    controller.flush();
    expect(h.onDossiers).toHaveBeenCalledTimes(2);
    expect(h.onDossiers.mock.calls[1]![0].map((d) => d.status)).toEqual(['returned']);
  });

  it('ignores its own badge mutations but follows the page’s', async () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    controller.start();
    const passes = h.onState.mock.calls.length;
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes); // inserting ten badges scheduled nothing
    rows()[1]!.remove();
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes + 1);
    expect(h.onState.mock.lastCall![0].rows).toBe(9);
  });

  it('once the list is known, passes over it only for changes that can concern it', async () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    controller.start();
    const passes = h.onState.mock.calls.length;
    const clock = document.createElement('span');
    document.body.prepend(clock);
    clock.textContent = '08:00:01'; // a ticking clock in the page's header
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes);
    rows()[0]!.querySelector('td:last-child')!.append(' ');
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes + 1);
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    document.body.append(modal);
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes + 2);
  });

  it('puts back a badge the page dropped when it re-rendered a cell with the same text', () => {
    controller = new OverlayController(document, config, hooks());
    controller.flush();
    const badge = rows()[0]!.querySelector(`[${BADGE_ATTR}]`)!;
    const cell = badge.parentElement!;
    cell.textContent = cell.textContent ?? '';
    expect(cell.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    controller.flush();
    expect(cell.querySelector(`[${BADGE_ATTR}]`)).not.toBeNull();
  });

  it('offers the apology letter on overdue rows, none on rows on time, and the click does not reach the row', () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    controller.flush();
    const rowClicks = vi.fn();
    const overdue = rows().find((r) => r.getAttribute('data-nhachan-status') === 'overdue')!;
    overdue.addEventListener('click', rowClicks);
    (overdue.querySelector(`[${BADGE_ATTR}]`)!.shadowRoot!.querySelector('[role="button"]') as HTMLElement).click();
    expect(h.onDocument).toHaveBeenCalledTimes(1);
    expect(h.onDocument.mock.calls[0]![0]).toBe('apology');
    expect(rowClicks).not.toHaveBeenCalled();
    const onTime = rows().find((r) => r.getAttribute('data-nhachan-status') === 'on-time')!;
    expect(onTime.querySelector(`[${BADGE_ATTR}]`)!.shadowRoot!.querySelector('[role="button"]')).toBeNull();
  });

  it('stops observing when stopped', async () => {
    const h = hooks();
    controller = new OverlayController(document, config, h);
    controller.start();
    controller.stop();
    const passes = h.onState.mock.calls.length;
    rows()[0]!.remove();
    await nextFrame();
    expect(h.onState.mock.calls.length).toBe(passes);
  });

  it('judges every row again under new settings, keeping one badge per row', () => {
    controller = new OverlayController(document, config, hooks());
    controller.flush();
    controller.reconfigure({ ...config, asOf: '2022-05-13T08:00' });
    expect(document.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(10);
    const d02 = rows().find((r) => r.textContent?.includes('220505-0007'))!;
    expect(d02.getAttribute('data-nhachan-status')).toBe('due-soon'); // due Tue 17/05, as of Fri 13/05: Mon, Tue
    expect(d02.getAttribute('data-nhachan-days')).toBe('2');
  });

  it('with lazy badges, flags every row at once but builds a badge only for a row in view', () => {
    const observed = new Set<Element>();
    let reveal: (entries: Partial<IntersectionObserverEntry>[]) => void = () => undefined;
    class FakeObserver {
      constructor(callback: typeof reveal) {
        reveal = callback;
      }
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
      disconnect() {
        observed.clear();
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      controller = new OverlayController(document, config, hooks(), { lazyBadges: true });
      controller.flush();
      expect(document.querySelectorAll('[data-nhachan-status]')).toHaveLength(10);
      expect(document.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(0);
      expect(observed.size).toBe(10);
      const [first, second] = rows();
      reveal([{ target: first!, isIntersecting: true }, { target: second!, isIntersecting: false }]);
      expect(first!.querySelector(`[${BADGE_ATTR}]`)).not.toBeNull();
      expect(second!.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
      expect(observed.has(first!)).toBe(false);
      second!.remove();
      controller.flush();
      expect(observed.has(second!)).toBe(false); // a row gone unseen is no longer watched
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes its flags and badges off the page when cleared (an update or a newer copy took over)', () => {
    const before = document.body.innerHTML;
    controller = new OverlayController(document, config, hooks());
    controller.flush();
    controller.stop();
    controller.clear();
    expect(document.querySelectorAll(`[data-nhachan-status], [${BADGE_ATTR}]`)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('on a page without a dossier list, does nothing beyond a cheap check', () => {
    document.body.innerHTML = '<main><h1>Trang chủ</h1><p>Xin chào</p></main>';
    const h = hooks();
    controller = new OverlayController(document, config, h);
    const state = controller.flush();
    expect(state).toMatchObject({ rows: 0, lists: 0 });
    expect(document.querySelectorAll('[data-nhachan-status], [data-nhachan-badge]')).toHaveLength(0);
    expect(h.onDossiers).not.toHaveBeenCalled();
  });
});

describe('the tab ledger', () => {
  const d = (code: string) => ({ code, status: 'processing' as const });
  it('keeps dossiers from earlier pages and lists what needs action, the latest first', () => {
    let ledger = updateLedger({}, [{ code: 'A', standing: { status: 'overdue', daysLeft: -3, daysLate: 3 } }], [d('A')]);
    ledger = updateLedger(
      ledger,
      [
        { code: 'B', standing: { status: 'overdue', daysLeft: -5, daysLate: 5 } },
        { code: 'C', standing: { status: 'due-soon', daysLeft: 1, daysLate: 0 } },
        { code: 'D', standing: { status: 'on-time', daysLeft: 9, daysLate: 0 } },
      ],
      [d('B'), d('C'), d('D')],
    );
    expect(actionableRows(ledger).map((r) => r.dossier.code)).toEqual(['B', 'A', 'C']);
    ledger = updateLedger(ledger, [{ code: 'A', standing: { status: 'done-late', daysLeft: null, daysLate: 3 } }], []);
    expect(actionableRows(ledger).map((r) => r.dossier.code)).toEqual(['B', 'C']);
  });
});
