import { describe, expect, it } from 'vitest';
import { draftFromSettings, numberBounds, parseLines, settingsFromDraft, type SettingsDraft } from '../../../lib/settings/form';
import { issueMessage } from '../../../lib/settings/issues';
import { normaliseOrigin } from '../../../lib/settings/sites';
import { policyFields } from '../../../lib/settings/policy';
import { parseDay, parseDayList } from '../../../lib/time/day-entry';
import { showLocalTime } from '../../../lib/time/display';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../lib/settings/schema';

function withText(patch: Partial<SettingsDraft['text']>): SettingsDraft {
  const draft = draftFromSettings(DEFAULT_SETTINGS);
  return { ...draft, text: { ...draft.text, ...patch } };
}

describe('parseDay', () => {
  it.each([
    ['02/09/2026', '2026-09-02'],
    ['2/9/2026', '2026-09-02'],
    ['02.09.2026', '2026-09-02'],
    ['02-09-2026', '2026-09-02'],
    ['2026-09-02', '2026-09-02'],
    ['2026-9-2', '2026-09-02'],
    [' 29/02/2028 ', '2028-02-29'],
    ['31/12/2026', '2026-12-31'],
  ])('reads %s as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each(['29/02/2027', '31/04/2026', '00/01/2026', '01/13/2026', '2026/09/02', '09/2026', 'ngày 2 tháng 9', ''])(
    'refuses %j',
    (text) => {
      expect(parseDay(text)).toBeUndefined();
    },
  );
});

describe('parseDayList', () => {
  it('sorts, removes repeats and blank lines, and numbers bad lines from 1', () => {
    const result = parseDayList('03/09/2026\n\n2026-09-02\n02/09/2026\r\n31/02/2026\nmai');
    expect(result.days).toEqual(['2026-09-02', '2026-09-03']);
    expect(result.bad).toEqual([
      { line: 5, text: '31/02/2026' },
      { line: 6, text: 'mai' },
    ]);
  });
});

describe('parseLines', () => {
  it('trims lines and drops blank ones', () => {
    expect(parseLines('  Như trên;\n\n- Lưu: VT.  \n')).toEqual(['Như trên;', '- Lưu: VT.']);
  });
});

describe('normaliseOrigin', () => {
  it.each([
    ['motcua.tinh.gov.vn', 'https://motcua.tinh.gov.vn'],
    ['https://motcua.tinh.gov.vn/web/ho-so?x=1', 'https://motcua.tinh.gov.vn'],
    ['http://motcua.tinh.gov.vn:8080/', 'http://motcua.tinh.gov.vn:8080'],
    ['HTTPS://MotCua.Tinh.Gov.VN', 'https://motcua.tinh.gov.vn'],
  ])('%s → %s', (text, origin) => {
    expect(normaliseOrigin(text)).toBe(origin);
  });

  it.each(['', 'ftp://motcua.tinh.gov.vn', 'motcua', 'motcua tinh.gov.vn', 'file:///C:/x'])('refuses %j', (text) => {
    expect(normaliseOrigin(text)).toBeUndefined();
  });
});

describe('settingsFromDraft', () => {
  it('gives back the same settings for an untouched draft', () => {
    const result = settingsFromDraft(draftFromSettings(DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect(result.errors).toEqual({});
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps fields the form does not edit from the base', () => {
    const base = SettingsSchema.parse({ portalOrigins: ['https://motcua.tinh.gov.vn'] });
    expect(settingsFromDraft(draftFromSettings(DEFAULT_SETTINGS), base).settings?.portalOrigins).toEqual([
      'https://motcua.tinh.gov.vn',
    ]);
  });

  it('quotes the schema bounds for a threshold out of range, in both languages', () => {
    const result = settingsFromDraft(withText({ 'thresholds.dueSoonDays': '45' }), DEFAULT_SETTINGS);
    expect(result.settings).toBeUndefined();
    const issue = result.errors['thresholds.dueSoonDays'];
    expect(issue).toEqual({ code: 'whole-number', params: { min: 0, max: 30 } });
    expect(issueMessage(issue!, 'vi')).toBe('Phải là số nguyên từ 0 đến 30.');
    expect(issueMessage(issue!, 'en')).toBe('Must be a whole number from 0 to 30.');
  });

  it.each(['', 'hai', '2.5', '-1'])('refuses %j as a number of days', (text) => {
    const result = settingsFromDraft(withText({ 'thresholds.checkWindowDays': text }), DEFAULT_SETTINGS);
    expect(result.errors['thresholds.checkWindowDays']).toEqual({ code: 'whole-number', params: { min: 1, max: 30 } });
    expect(result.settings).toBeUndefined();
  });

  it('accepts numbers with spaces around them', () => {
    const result = settingsFromDraft(withText({ 'report.cutoffDay': ' 14 ', retentionMonths: '24' }), DEFAULT_SETTINGS);
    expect(result.settings?.report.cutoffDay).toBe(14);
    expect(result.settings?.retentionMonths).toBe(24);
  });

  it('reads day lists and reports the first bad line', () => {
    const good = settingsFromDraft(withText({ 'calendar.extraDaysOff': '03/09/2026\n2026-09-02' }), DEFAULT_SETTINGS);
    expect(good.settings?.calendar.extraDaysOff).toEqual(['2026-09-02', '2026-09-03']);
    const bad = settingsFromDraft(withText({ 'calendar.extraWorkingDays': '25/04/2026\n31/04/2026' }), DEFAULT_SETTINGS);
    expect(bad.settings).toBeUndefined();
    expect(bad.errors['calendar.extraWorkingDays']).toEqual({ code: 'day-format', params: { line: 2, text: '31/04/2026' } });
  });

  it('names the line of a recipient that is too long and the limit of lines', () => {
    const long = settingsFromDraft(withText({ 'agency.recipients': `Như trên\n${'x'.repeat(301)}` }), DEFAULT_SETTINGS);
    expect(long.errors['agency.recipients']).toEqual({ code: 'line-too-long', params: { line: 2, max: 300 } });
    const many = settingsFromDraft(
      withText({ 'agency.recipients': Array.from({ length: 21 }, (_, i) => `Nơi ${i}`).join('\n') }),
      DEFAULT_SETTINGS,
    );
    expect(many.errors['agency.recipients']).toEqual({ code: 'too-many-lines', params: { max: 20 } });
  });

  it('flags a too long agency name, a bad as-of time and an unknown choice', () => {
    const result = settingsFromDraft(
      withText({ 'agency.agency': 'Ủ'.repeat(301), asOf: '2026-09-02', 'agency.signingPrefix': 'KT' }),
      DEFAULT_SETTINGS,
    );
    expect(result.errors['agency.agency']).toEqual({ code: 'too-long', params: { max: 300 } });
    expect(result.errors.asOf?.code).toBe('as-of-format');
    expect(result.errors['agency.signingPrefix']?.code).toBe('choice');
  });

  it('drops the seconds a datetime-local input may add', () => {
    expect(settingsFromDraft(withText({ asOf: '2026-09-30T17:00:00' }), DEFAULT_SETTINGS).settings?.asOf).toBe(
      '2026-09-30T17:00',
    );
  });
});

describe('numberBounds', () => {
  it('reads bounds from the settings schema', () => {
    expect(numberBounds('report.cutoffDay')).toEqual({ min: 2, max: 28 });
    expect(numberBounds('retentionMonths')).toEqual({ min: 0, max: 240 });
    expect(numberBounds('agency.agency')).toBeUndefined();
  });
});

describe('policyFields', () => {
  it('lists top-level and nested fields in page order, ignoring unknown keys', () => {
    expect(policyFields({ language: 'en', agency: { agency: 'UBND', bogus: 1 }, thresholds: { dueSoonDays: 3 }, x: 1 })).toEqual([
      'thresholds.dueSoonDays',
      'agency.agency',
      'language',
    ]);
    expect(policyFields(undefined)).toEqual([]);
    expect(policyFields({})).toEqual([]);
  });
});

describe('showLocalTime', () => {
  it('writes Vietnam local time the Vietnamese way', () => {
    expect(showLocalTime('2026-09-02T08:05')).toBe('02/09/2026 08:05');
  });
});
