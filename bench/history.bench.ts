import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openHistory } from '../lib/history';
import { benchHistory, seedSyntheticHistory } from './history-seed';
import { timeMedian, type Figure } from './figure';

/** The history under Node with fake-indexeddb: 100,000 dossiers, then the three timings. */
export default async function (): Promise<Figure[]> {
  const db = await openHistory('bench', { indexedDB: new IDBFactory() });
  const t0 = performance.now();
  await seedSyntheticHistory(db, 100_000);
  const seeded = performance.now() - t0;
  const figures = await benchHistory(db, (fn) => timeMedian(fn, 5, 1));
  db.close();
  return [{ name: 'seed 100,000 dossiers (recorder, batches of 2,000)', value: seeded, unit: 'ms' }, ...figures];
}
