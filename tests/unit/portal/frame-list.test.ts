import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { loadPage } from './load';

/**
 * The PHP list inside a frame (reader/r3-popup.html → its frame reader/r3-popup-list.html): the
 * frame's own document is read field by field here; that the rows inside the frame are flagged in
 * the browser is tests/browser/frames.test.ts.
 */
const EXPECTED = [
  { code: '000.00.57.H21-240513-0001', applicant: 'Nguyễn Văn Thử', address: 'Thôn Mẫu 1, xã Ia Dơk, huyện Đức Cơ, tỉnh Gia Lai', receivedAt: '2024-05-13T09:15', dueAt: '2024-05-17T16:00', status: 'processing', remainingHint: { kind: 'overdue', days: 1 } },
  { code: '000.00.57.H21-240516-0002', applicant: 'Trần Thị Mẫu', address: 'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai', receivedAt: '2024-05-16T08:05', dueAt: '2024-05-20T16:00', status: 'processing', remainingHint: { kind: 'today' } },
  { code: '000.00.57.H21-240517-0003', applicant: 'Rơ Châm Thử', address: 'Làng Thử, xã Ia Kriêng, huyện Đức Cơ, tỉnh Gia Lai', receivedAt: '2024-05-17T10:00', dueAt: '2024-05-24T11:30', status: 'processing', remainingHint: { kind: 'left', days: 5 } },
  { code: '000.00.57.H21-240510-0004', applicant: 'Lê Văn Ví Dụ', address: 'Thôn Mẫu 2, xã Ia Din, huyện Đức Cơ, tỉnh Gia Lai', receivedAt: '2024-05-10T10:00', dueAt: '2024-05-15T16:00', status: 'returned', returnedAt: '2024-05-14T17:00' },
] as const;

describe('R3 list in a popup frame (reader/r3-popup-list.html)', () => {
  const { lists, dossiers } = readDossierList(loadPage('reader/r3-popup-list.html'));

  it('finds one list of four dossiers (the pager is not a row)', () => {
    expect(lists).toHaveLength(1);
    expect(dossiers.map((d) => d.code)).toEqual(EXPECTED.map((e) => e.code));
  });

  it.each(EXPECTED.map((e, i) => [i + 1, e] as const))('reads row %i field by field', (i, expected) => {
    const got = dossiers[i - 1] as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(expected)) {
      if (field === 'remainingHint') expect({ field, value: got[field] }).toMatchObject({ field, value });
      else expect({ field, value: got[field] }).toEqual({ field, value });
    }
  });
});
