import { describe, expect, it } from 'vitest';
import { BackupFileError, exportHistory, importHistoryFiles, recordObservations } from '../../../lib/history';
import { freshHistory, observation, sample } from './helpers';

const NOW = '2022-05-20T08:00';

/** Three officers: two saw D02 in the same minute with different snapshots; one saw D08 refused. */
async function officers(): Promise<{ name: string; text: string }[]> {
  const seen = [
    [observation('2022-05-18T09:00', [sample('D02', { status: 'processing' }), sample('D07')])],
    [observation('2022-05-18T09:00', [sample('D02', { status: 'waiting-additions', reason: 'Thiếu bản vẽ' })])],
    [observation('2022-05-13T09:00', [sample('D08')]), observation('2022-05-10T08:00', [sample('D02', { status: 'processing' })])],
  ];
  return Promise.all(
    seen.map(async (observations, i) => {
      const { db } = await freshHistory();
      await recordObservations(db, observations);
      const text = JSON.stringify(await exportHistory(db, { now: NOW }));
      db.close();
      return { name: `can-bo-${i + 1}.json`, text };
    }),
  );
}

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('merging several officers’ backups', () => {
  it('gives the same history in every order of the files, also for snapshots of one minute', async () => {
    const files = await officers();
    const results: string[] = [];
    for (const order of permutations(files)) {
      const { db } = await freshHistory();
      await importHistoryFiles(db, order, { mode: 'merge' });
      const { dossiers, documents, drafts } = await exportHistory(db, { now: NOW });
      results.push(JSON.stringify({ dossiers, documents, drafts }));
      db.close();
    }
    expect(results).toHaveLength(6);
    expect(new Set(results).size).toBe(1);
    const merged = JSON.parse(results[0]!) as { dossiers: { code: string; firstSeen: string; events: unknown[] }[] };
    const d02 = merged.dossiers.find((d) => d.code === sample('D02').code)!;
    expect(d02.firstSeen).toBe('2022-05-10T08:00');
  });

  it('says what came from whom, and imports nothing when one file is refused', async () => {
    const files = await officers();
    const { db } = await freshHistory();
    const report = await importHistoryFiles(db, files, { mode: 'merge' });
    expect(report.map((f) => [f.name, f.exportedAt, f.result.added])).toEqual([
      ['can-bo-1.json', NOW, 2],
      ['can-bo-2.json', NOW, 0],
      ['can-bo-3.json', NOW, 1],
    ]);
    expect(report[1]!.result.updated).toBe(1);

    const { db: other } = await freshHistory();
    const error = await importHistoryFiles(other, [files[0]!, { name: 'hong.json', text: '{"format":"khac"}' }], { mode: 'merge' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as BackupFileError).fileName).toBe('hong.json');
    expect(await other.count('dossiers')).toBe(0);
    db.close();
    other.close();
  });
});
