import type { Dossier, DossierStatus } from '../lib/dossier/schema';
import type { HistoryDB } from '../lib/history/db';
import { makeDay } from '../lib/time/strings';
import { recordObservations } from '../lib/history/record';
import { proposeReportRows } from '../lib/history/report';
import { reportPeriod } from '../lib/history/report-period';
import { searchHistory } from '../lib/history/search';

/**
 * A synthetic history and the timings the issue asks for, callable from Node (bench/history.bench.ts
 * with fake-indexeddb) and from an extension page in Chromium (real IndexedDB) alike.
 */

export const SYNTHETIC_ORIGIN = 'https://dichvucong.example.gov.vn';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Rơ Châm', 'Siu', 'Ksor'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc'];
const GIVEN = ['Thử', 'Mẫu', 'Ví Dụ', 'An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan', 'Phương', 'Quân', 'Sơn'];
const PROCEDURES = [
  'Đăng ký thành lập hộ kinh doanh',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  'Cấp bản sao trích lục hộ tịch',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
];
const UNITS = ['Phòng Tài chính - Kế hoạch', 'Phòng Kinh tế và Hạ tầng', 'Phòng Tư Pháp', 'UBND xã Ia Dơk', 'Chi nhánh Văn phòng Đăng ký đất đai'];

/** A small seeded generator so every run builds the same history. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Dossier `i` of a synthetic office, received over three years (2022–2024): about 3 % refused,
 * 8 % finished late, the rest on time; only those received in the last month are still open.
 * Returns it with the time it was last read, as the overlay would have recorded it.
 */
export function syntheticDossier(i: number, seed = 1): { dossier: Dossier; seenAt: string } {
  const next = random(seed * 1_000_003 + i);
  const year = 2022 + Math.floor(next() * 3);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const received = makeDay(year, month, day);
  const dueDay = day + 3 + Math.floor(next() * 10);
  const due = dueDay <= 28 ? makeDay(year, month, dueDay) : makeDay(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, dueDay - 28);
  const roll = next();
  const open = year === 2024 && month === 12;
  const status: DossierStatus = open ? 'processing' : roll < 0.03 ? 'refused' : roll < 0.1 ? 'finished' : 'returned';
  const shift = next() < 0.08 ? 1 + Math.floor(next() * 6) : -Math.floor(next() * 3);
  const doneDay = Math.min(28, Math.max(1, Number(due.slice(8, 10)) + shift));
  const done = `${due.slice(0, 8)}${pad(doneDay)}T${pad(8 + Math.floor(next() * 9))}:00`;
  const dossier: Dossier = {
    code: `H21.57.${pad(10 + (i % 50))}-${received.slice(2, 4)}${received.slice(5, 7)}${received.slice(8, 10)}-${pad(i % 10000, 4)}${pad(Math.floor(i / 10000), 2)}`,
    procedure: pick(next, PROCEDURES),
    applicant: `${pick(next, FAMILY)} ${pick(next, MIDDLE)} ${pick(next, GIVEN)}`,
    agency: pick(next, UNITS),
    receivedAt: `${received}T08:30`,
    dueAt: `${due}T16:00`,
    status,
  };
  if (status === 'returned') return { dossier: { ...dossier, finishedAt: done, returnedAt: done }, seenAt: done };
  if (status === 'finished') return { dossier: { ...dossier, finishedAt: done }, seenAt: done };
  if (status === 'refused') return { dossier: { ...dossier, reason: 'Hồ sơ không đủ điều kiện' }, seenAt: `${received}T10:00` };
  return { dossier, seenAt: '2025-01-02T08:00' };
}

/** Stores `count` synthetic dossiers through the normal recorder, `batch` observations per transaction. */
export async function seedSyntheticHistory(db: HistoryDB, count: number, batch = 2000): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    const observations = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
      const { dossier, seenAt } = syntheticDossier(start + k);
      return { origin: SYNTHETIC_ORIGIN, url: '', seenAt, dossiers: [dossier] };
    });
    await recordObservations(db, observations);
  }
}

/** The shape of bench/figure.ts's Figure, so either runner can print these. */
export interface HistoryFigure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  target: string;
}

/**
 * Times a month's report, a code search and a 1,000-dossier write on a seeded history, each beside
 * a bare `getAll` of the dossier store measured in the same run. `time` returns milliseconds
 * (bench/figure.ts's `timeMedian`).
 */
export async function benchHistory(db: HistoryDB, time: (fn: () => Promise<unknown>) => Promise<number>): Promise<HistoryFigure[]> {
  const count = await db.count('dossiers');
  const getAll = await time(() => db.getAll('dossiers'));
  const baseline = { name: `getAll of ${count} dossiers`, value: getAll };
  const period = reportPeriod('month', 2023, 6);
  const report = await time(() => proposeReportRows(db, period, '2025-01-02T08:00'));
  // The tail an officer types: receipt date and serial, without the agency prefix.
  const code = syntheticDossier(count - 7).dossier.code.split('-').slice(1).join('-');
  const found = await searchHistory(db, { text: code, field: 'code', asOf: '2025-01-02T08:00' });
  if (found.length !== 1) throw new Error(`code search found ${found.length} dossiers for ${code}`);
  const search = await time(() => searchHistory(db, { text: code, field: 'code', asOf: '2025-01-02T08:00' }));
  let round = 0;
  const write = await time(() => {
    // Each round re-reads 1,000 stored dossiers with a new status: a page of changes, not no-ops.
    round++;
    const dossiers = Array.from({ length: 1000 }, (_, k) => ({ ...syntheticDossier(k).dossier, statusText: `lượt ${round}` }));
    return recordObservations(db, [{ origin: SYNTHETIC_ORIGIN, url: '', seenAt: `2025-01-03T${pad(8 + (round % 10))}:00`, dossiers }]);
  });
  // The store's own floor for that write: 1,000 gets and puts in one transaction, nothing else.
  const floor = await time(async () => {
    const tx = db.transaction('dossiers', 'readwrite');
    const keys = Array.from({ length: 1000 }, (_, k) => [SYNTHETIC_ORIGIN, syntheticDossier(k).dossier.code] as [string, string]);
    const records = await Promise.all(keys.map((key) => tx.store.get(key)));
    await Promise.all([...records.flatMap((r) => (r ? [tx.store.put(r)] : [])), tx.done]);
  });
  return [
    { name: `month report rows (${period.label}, ${count} dossiers)`, value: report, unit: 'ms', baseline, target: '< 50 ms' },
    { name: `code search "${code}"`, value: search, unit: 'ms', baseline, target: '< 50 ms' },
    { name: 'record a batch of 1,000 observed dossiers', value: write, unit: 'ms', baseline, target: '< 200 ms' },
    { name: 'floor: 1,000 bare gets + puts in one transaction', value: floor, unit: 'ms', baseline, target: 'reference' },
  ];
}
