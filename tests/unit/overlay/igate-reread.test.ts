import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../../lib/calendar';
import { OverlayController, type OverlayConfig } from '../../../lib/overlay/controller';
import { listenForPageData } from '../../../lib/portal/igate';
import { IGATE_EVENT } from '../../../lib/portal/igate-observer';
import { DATASET, EXPECTED_STANDINGS, FIXTURE_NOW_LOCAL } from '../../fixtures/portal/dataset';
import { igateItem } from '../../fixtures/portal/mock-api';

const config: OverlayConfig = { asOf: FIXTURE_NOW_LOCAL, dueSoonDays: 2, checkWindowDays: 3, calendar: createCalendar({}), language: 'vi' };
const D07 = DATASET.find((d) => d.key === 'D07')!;
const D02 = DATASET.find((d) => d.key === 'D02')!;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const statusOf = (code: string) => document.querySelector(`tr[data-code="${code}"]`)?.getAttribute('data-nhachan-status');

describe("iGate's JSON handed over after its rows were read (issue 11 item 5)", () => {
  let stop: (() => void) | undefined;
  let controller: OverlayController | undefined;
  afterEach(() => {
    stop?.();
    controller?.stop();
  });

  it('re-reads the rows whose codes it names, and only those, in the next pass', async () => {
    // iGate's list as fixture B prints it: a returned dossier with no return date on screen.
    document.body.innerHTML = `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày tiếp nhận</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>
      <tr data-code="${D07.code}"><td>${D07.code}</td><td>04/05/2022 08:30</td><td>10/05/2022 17:00</td><td>Đã trả kết quả</td></tr>
      <tr data-code="${D02.code}"><td>${D02.code}</td><td>11/05/2022 08:00</td><td>18/05/2022 17:00</td><td>Đang xử lý</td></tr>
    </tbody></table>`;
    const onDossiers = vi.fn();
    controller = new OverlayController(document, config, { onDossiers, onDetail: vi.fn(), onState: vi.fn(), onDocument: vi.fn() });
    controller.start();
    stop = listenForPageData(document, (codes) => controller!.reread(codes));
    // Read from the cells only: whether it was returned on time cannot be told.
    expect(statusOf(D07.code)).toBe('unknown');
    const before = statusOf(D02.code);
    onDossiers.mockClear();

    document.dispatchEvent(new CustomEvent(IGATE_EVENT, { detail: JSON.stringify({ url: 'https://x/pa/dossier/search', content: [igateItem(D07)] }) }));
    await nextFrame();
    expect(statusOf(D07.code)).toBe(EXPECTED_STANDINGS.D07.status);
    expect(statusOf(D02.code)).toBe(before);
    // The row read anew is recorded again; the other, unchanged, is not.
    expect(onDossiers.mock.calls.flat(2).map((r: { dossier: { code: string } }) => r.dossier.code)).toEqual([D07.code]);
  });

  it('a hand-over naming no row on the page costs no pass', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr data-code="${D02.code}"><td>${D02.code}</td><td>18/05/2022 17:00</td></tr></tbody></table>`;
    const onState = vi.fn();
    controller = new OverlayController(document, config, { onDossiers: vi.fn(), onDetail: vi.fn(), onState, onDocument: vi.fn() });
    controller.start();
    stop = listenForPageData(document, (codes) => controller!.reread(codes));
    onState.mockClear();
    document.dispatchEvent(new CustomEvent(IGATE_EVENT, { detail: JSON.stringify({ url: 'https://x/pa/dossier/search', content: [igateItem(D07)] }) }));
    await nextFrame();
    expect(onState).not.toHaveBeenCalled();
  });
});
