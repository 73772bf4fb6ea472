import { describe, expect, it } from 'vitest';
import { DOSSIER_COLUMNS, LAST_SEEN, ON_TIME_COLUMNS, shownCell } from '../../../lib/export/columns';
import { documentsMessages } from '../../../lib/i18n/documents';
import { translate } from '../../../lib/i18n/format';

/** One definition per column serves the records page and the Excel sheet: they must say the same thing. */
describe('columns of the records page and the Excel lists', () => {
  it('the on-time table and its sheet use the same words (the page in Vietnamese)', () => {
    expect(ON_TIME_COLUMNS.map((c) => c.sheet.header)).toEqual(ON_TIME_COLUMNS.map((c) => translate(documentsMessages, 'vi', c.label)));
  });

  it('a cell shows dates as dd/mm/yyyy hh:mm and nothing for no value', () => {
    const facts = { code: '000.00.57.H21-220505-0007', dueAt: '2022-05-24T16:00', lastSeen: '2022-05-20T08:00' };
    expect(shownCell(DOSSIER_COLUMNS.code, facts)).toBe('000.00.57.H21-220505-0007');
    expect(shownCell(DOSSIER_COLUMNS.dueAt, facts)).toBe('24/05/2022 16:00');
    expect(shownCell(DOSSIER_COLUMNS.applicant, facts)).toBe('');
    expect(shownCell(LAST_SEEN, facts)).toBe('20/05/2022 08:00');
  });
});
