import { addWorkingDays, createCalendar, isWorkingDay, type Calendar } from '../lib/calendar';
import { assessDossier, type AssessedDossier } from '../lib/deadline';
import type { DossierStatus } from '../lib/dossier/schema';
import { timeMedian, type Figure } from './figure';

/**
 * Working-day arithmetic and standings at the scale of a busy office's lists, each beside the
 * naive day-by-day walk the per-year tables replace.
 */

const DAY_MS = 86_400_000;
const toDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const fromDay = (d: string) => Date.parse(`${d}T00:00Z`);

/** The obvious implementation: step one calendar day at a time and ask whether it is a working day. */
function naiveAdd(day: string, n: number, calendar: Calendar): string {
  let t = fromDay(day);
  for (let left = Math.abs(n); left > 0; ) {
    t += Math.sign(n) * DAY_MS;
    if (isWorkingDay(toDay(t), calendar)) left--;
  }
  return toDay(t);
}

function naiveBetween(from: string, to: string, calendar: Calendar): number {
  let count = 0;
  for (let t = fromDay(from) + DAY_MS; t <= fromDay(to); t += DAY_MS) if (isWorkingDay(toDay(t), calendar)) count++;
  return count;
}

/** Deterministic pseudo-random numbers so every run measures the same work. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

export default async function (): Promise<Figure[]> {
  const calendar = createCalendar();
  const rnd = random(7);
  // Start days in the Tết, 30/4 and 2/9 seasons of 2020–2026.
  const seasons = ['01-10', '02-01', '04-20', '08-25'];
  const starts = Array.from({ length: 100_000 }, () => {
    const year = 2020 + Math.floor(rnd() * 7);
    const base = fromDay(`${year}-${seasons[Math.floor(rnd() * seasons.length)]}`);
    return toDay(base + Math.floor(rnd() * 30) * DAY_MS);
  });
  const spans = [1, 3, 5, 10, 15, 30, 60, 200];
  const ns = starts.map((_, i) => spans[i % spans.length]! * (i % 3 === 0 ? -1 : 1));
  const long = starts.slice(0, 2_000);

  const statuses: DossierStatus[] = ['processing', 'processing', 'processing', 'new', 'finished', 'returned', 'waiting-additions', 'refused'];
  const dossiers: AssessedDossier[] = Array.from({ length: 10_000 }, (_, i) => {
    const received = fromDay('2022-04-01') + Math.floor(rnd() * 60) * DAY_MS;
    const due = addWorkingDays(toDay(received), 1 + Math.floor(rnd() * 20), calendar);
    const status = statuses[i % statuses.length]!;
    return {
      status,
      receivedAt: `${toDay(received)}T09:00`,
      dueAt: `${due}T16:00`,
      ...(status === 'returned' ? { returnedAt: `${naiveAdd(due, (i % 5) - 2, calendar)}T10:00` } : {}),
    };
  });
  const asOf = '2022-05-20T08:00';
  const naiveAssess = (d: AssessedDossier) => {
    const dueDay = d.dueAt!.slice(0, 10);
    const day = asOf.slice(0, 10);
    return day > dueDay ? -naiveBetween(dueDay, day, calendar) : naiveBetween(day, dueDay, calendar);
  };

  const assess = await timeMedian(() => dossiers.forEach((d) => assessDossier(d, asOf, { calendar })));
  const assessNaive = await timeMedian(() => dossiers.forEach(naiveAssess), 3, 1);
  const add = await timeMedian(() => starts.forEach((d, i) => addWorkingDays(d, ns[i]!, calendar)), 5, 1);
  // The walk is slow enough that a tenth of the sample, scaled by 10, stands for the whole.
  const addNaive = 10 * (await timeMedian(() => starts.slice(0, 10_000).forEach((d, i) => naiveAdd(d, ns[i]!, calendar)), 3, 1));
  const addLong = await timeMedian(() => long.forEach((d) => addWorkingDays(d, 200, calendar)));
  const addLongNaive = await timeMedian(() => long.forEach((d) => naiveAdd(d, 200, calendar)), 3, 1);

  return [
    { name: 'assessDossier × 10,000', value: assess, unit: 'ms', baseline: { name: 'day-by-day days-left count', value: assessNaive }, target: '< 20 ms' },
    { name: 'addWorkingDays × 100,000 (1–200 days, holiday seasons)', value: add, unit: 'ms', baseline: { name: 'day-by-day walk (10% sample × 10)', value: addNaive } },
    { name: 'addWorkingDays × 2,000 (200 working days)', value: addLong, unit: 'ms', baseline: { name: 'day-by-day walk', value: addLongNaive }, target: '≥ 10× faster than naive' },
  ];
}
