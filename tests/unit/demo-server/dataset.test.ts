import { describe, expect, it } from 'vitest';
import {
  DATASET,
  EXPECTED_FINISHED_LATE,
  EXPECTED_OVERDUE,
  EXPECTED_STANDINGS,
  PAGE_LISTS,
  SHARED_DOSSIERS,
  dossier,
  type DossierKey,
} from '../../fixtures/portal/dataset';

const flat = (pages: readonly (readonly DossierKey[])[]): DossierKey[] => pages.flat();
const sharedKeys = SHARED_DOSSIERS.map((record) => record.key).sort();

describe('demo dataset', () => {
  it('holds thirteen records, all NFC text', () => {
    expect(DATASET).toHaveLength(13);
    for (const record of DATASET) {
      for (const value of Object.values(record)) {
        if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
      }
    }
  });

  it('encodes the receipt day in every code (AGENCY-YYMMDD-NNNN)', () => {
    for (const record of SHARED_DOSSIERS) {
      const yymmdd = (record.receivedAt ?? '').slice(2, 10).replace(/-/g, '');
      expect(record.code.split('-')[1]).toBe(yymmdd);
      expect(record.oldCode?.split('-')[1]).toBe(yymmdd);
    }
  });

  it.each(['aList', 'bByUpdated', 'c3'] as const)('%s lists the twelve newest receipt first', (name) => {
    const keys = flat(PAGE_LISTS[name]);
    expect([...keys].sort()).toEqual(sharedKeys);
    const received = keys.map((key) => dossier(key).receivedAt ?? '');
    expect(received).toEqual([...received].sort().reverse());
  });

  it('orders bByAppointment by appointment and c2 by receipt, ascending', () => {
    const due = flat(PAGE_LISTS.bByAppointment).map((key) => dossier(key).dueAt ?? '');
    expect(due).toEqual([...due].sort());
    const received = flat(PAGE_LISTS.c2).map((key) => dossier(key).receivedAt ?? '');
    expect(received).toEqual([...received].sort());
    expect([...flat(PAGE_LISTS.c2)].sort()).toEqual(sharedKeys);
  });

  it('lists the overdue set that the standings describe', () => {
    const overdue = (Object.keys(EXPECTED_STANDINGS) as DossierKey[]).filter((key) => EXPECTED_STANDINGS[key].status === 'overdue');
    expect(overdue).toEqual([...EXPECTED_OVERDUE]);
    // The portal's own overdue list also prints D11, finished late but not yet collected.
    expect(flat(PAGE_LISTS.aDatagrid)).toEqual([...EXPECTED_OVERDUE, ...EXPECTED_FINISHED_LATE]);
    expect(EXPECTED_FINISHED_LATE.map((key) => EXPECTED_STANDINGS[key].status)).toEqual(['done-late']);
  });

  it('spreads the overdue dossiers over B’s first two pages', () => {
    const [first, second]: readonly (readonly DossierKey[])[] = PAGE_LISTS.bByUpdated;
    expect(EXPECTED_OVERDUE.filter((key) => first?.includes(key))).not.toHaveLength(0);
    expect(EXPECTED_OVERDUE.filter((key) => second?.includes(key))).not.toHaveLength(0);
  });
});
