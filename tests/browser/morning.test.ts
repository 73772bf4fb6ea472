import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, setSettings, DEMO_ORIGIN, type Session } from '../../scripts/chromium';
import { createCalendar } from '../../lib/calendar';
import { nextReminderAt } from '../../lib/reminder/morning';
import { vietnamEpoch, vietnamLocalTime } from '../../lib/time/vietnam';
import { DATASET, PAGE_LISTS, type DossierKey } from '../fixtures/portal/dataset';
import { startDisplay, type Display } from './xvfb';
import { openListA } from './util';

type Chrome = {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: object): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean>; create: (...args: unknown[]) => Promise<string> };
  permissions: { contains(p: object): Promise<boolean> };
};
const shown = (key: DossierKey) => DATASET.find((r) => r.key === key)!.oldCode!;

/**
 * The morning reminder with the clock pinned to Friday 20/05/2022 07:30 (the settings' as-of time, as
 * every page judges): headed under Xvfb, because turning it on makes the browser ask for
 * notifications and xdotool answers as an officer would.
 */
describe('the morning reminder', () => {
  let display: Display;
  let session: Session;
  beforeAll(async () => {
    display = await startDisplay();
    session = await launch({ display: display.name });
    await setSettings(session, { asOf: '2022-05-20T07:30' });
  });
  afterAll(async () => {
    await session?.close();
    display?.stop();
  });

  it('asks for notifications when turned on, sets the alarm, notifies on a working day only, and lists the right dossiers', async () => {
    const portals = await openListA(session.context, DEMO_ORIGIN, PAGE_LISTS.aList);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#morning`);
    const notificationsGranted = () => session.worker!.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ permissions: ['notifications'] }));
    expect(await notificationsGranted()).toBe(false);
    await options.getByLabel('Nhắc mỗi sáng ngày làm việc').click();
    await options.waitForTimeout(1200);
    display.keys('Tab', 'Return');
    await expect.poll(notificationsGranted).toBe(true);
    await expect.poll(() => options.locator('#morning').innerText()).toContain('Đã bật: thông báo lúc 07:30 các ngày làm việc.');

    // The alarm: the real clock's next working morning at 07:30, Vietnam time.
    const expected = vietnamEpoch(nextReminderAt(vietnamLocalTime(), '07:30', createCalendar()));
    await expect
      .poll(() => session.worker!.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('nhachan-morning'))?.scheduledTime))
      .toBe(expected);

    // Ring it now, with the clock pinned to Friday 20/05/2022 07:30; record what is shown.
    const ring = () =>
      session.worker!.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: Chrome; shownNotifications: unknown[][] }).chrome;
        const g = globalThis as unknown as { shownNotifications: unknown[][]; realCreate?: Chrome['notifications']['create'] };
        g.shownNotifications = [];
        g.realCreate ??= chrome.notifications.create.bind(chrome.notifications);
        chrome.notifications.create = (...args: unknown[]) => {
          g.shownNotifications.push(args);
          return g.realCreate!(...args);
        };
        await chrome.alarms.create('nhachan-morning', { when: Date.now() + 50 });
      });
    const notified = () => session.worker!.evaluate(() => (globalThis as unknown as { shownNotifications: [string, { title: string; message: string }][] }).shownNotifications);
    await ring();
    await expect.poll(async () => (await notified()).length).toBe(1);
    const [id, shownNotification] = (await notified())[0]!;
    expect(id).toBe('nhachan-morning:2022-05-20T07:30');
    expect(shownNotification.title).toBe('Nhắc Hạn, sáng 20/05/2022');
    // D02, D09 overdue (D11 is finished, late); D01, D12 due today; nothing due Monday 23/05.
    expect(shownNotification.message).toMatch(/^2 hồ sơ quá hạn, 2 đến hạn hôm nay, 0 đến hạn ngày làm việc tới \(23\/05\/2022\)\. Theo các danh sách đã xem trên cổng, lần cũ nhất lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\. Bấm để xem\.$/);
    // The wrapped create hands the call on to Chromium, which shows the notification asynchronously.
    await expect
      .poll(async () => Object.keys(await session.worker!.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll())))
      .toEqual([id]);

    // What its click opens: the records page's morning list for that moment.
    const records = await session.context.newPage();
    await records.goto(`chrome-extension://${session.extensionId}/records.html?morning=2022-05-20T07%3A30#morning`);
    const codes = (kind: string) => records.locator(`[data-nhachan-morning="${kind}"] td.code`).allInnerTexts();
    await expect.poll(() => codes('overdue')).toEqual([shown('D09'), shown('D02')]);
    expect((await codes('today')).sort()).toEqual([shown('D01'), shown('D12')].sort());
    expect(await records.locator('[data-nhachan-morning="next"]').count()).toBe(0);

    // Saturday 21/05/2022: a day off, no notification.
    await setSettings(session, { asOf: '2022-05-21T07:30' });
    await ring();
    await options.waitForTimeout(1500);
    expect(await notified()).toEqual([]);
    // The alarm was set again for the next working morning.
    expect(await session.worker!.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('nhachan-morning'))?.scheduledTime)).toBe(expected);

    // Turned off: the permission is given back and the alarm cleared.
    await options.getByLabel('Nhắc mỗi sáng ngày làm việc').click();
    await expect.poll(notificationsGranted).toBe(false);
    await expect
      .poll(() => session.worker!.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('nhachan-morning')) ?? null))
      .toBeNull();
    await Promise.all([options.close(), records.close(), ...portals.map((p) => p.close())]);
  });
});
