import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, ThresholdsSchema } from '../../../lib/settings/schema';
import { APOLOGY_LEAD_DAYS } from '../../../lib/deadline';
import { layerSettings, migrateSettings } from '../../../lib/settings/migrate';
import { loadSettings, saveSettings } from '../../../lib/settings/storage';

const agency = {
  parentAgency: 'UBND TỈNH GIA LAI',
  agency: 'UBND XÃ IA DƠK',
  placeName: 'Ia Dơk',
  signingPrefix: 'KT.',
  signingAuthority: 'CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn Ký',
};

describe('migrateSettings', () => {
  it('gives defaults for nothing stored, without notes', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notes: [] });
  });

  it('resets a value of the wrong type and says why', () => {
    const { settings, notes } = migrateSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notes.join()).toMatch(/not an object/);
  });

  it('keeps the agency profile when another field is broken', () => {
    const { settings, notes } = migrateSettings({
      version: SETTINGS_VERSION,
      agency,
      thresholds: { dueSoonDays: 'two', checkWindowDays: 4 },
      language: 'fr',
    });
    expect(settings.agency).toMatchObject(agency);
    expect(settings.thresholds).toEqual({ dueSoonDays: 2, checkWindowDays: 4, officeDayEnd: '17:00' });
    expect(settings.language).toBe('vi');
    expect(notes).toContain('settings.thresholds.dueSoonDays is invalid; reset to its default');
    expect(notes).toContain('settings.language is invalid; reset to its default');
  });

  it('keeps the valid parts of a broken agency profile', () => {
    const { settings, notes } = migrateSettings({ agency: { ...agency, signingPrefix: 'XYZ' } });
    expect(settings.agency.signerName).toBe('Nguyễn Văn Ký');
    expect(settings.agency.signingPrefix).toBe('');
    expect(notes).toEqual(['settings.agency.signingPrefix is invalid; reset to its default']);
  });

  it('reads settings stored before the counted portals existed as the default choice', () => {
    const { settings, notes } = migrateSettings({ version: 1, portalOrigins: ['https://dichvucong.tinh.gov.vn'] });
    expect(settings.countedPortals).toEqual({ added: [], removed: [] });
    expect(notes).toEqual([]);
  });

  it('drops only the damaged entries of the counted portals', () => {
    const { settings, notes } = migrateSettings({
      countedPortals: { added: ['https://ducco.motcua.vnpt.vn', 'javascript:alert(1)'], removed: ['https://kontum.motcua.vnpt.vn'] },
    });
    expect(settings.countedPortals).toEqual({ added: ['https://ducco.motcua.vnpt.vn'], removed: ['https://kontum.motcua.vnpt.vn'] });
    expect(notes.join()).toMatch(/countedPortals\.added: 1 invalid entries dropped/);
  });

  it('reads a value from a newer version, keeping what it understands', () => {
    const { settings, notes } = migrateSettings({ version: 99, agency, asOf: '2022-05-20T08:00', future: 1 });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.agency).toMatchObject(agency);
    expect(settings.asOf).toBe('2022-05-20T08:00');
    expect(notes.join()).toMatch(/newer version \(99\)/);
  });
});

describe('layerSettings', () => {
  it('puts local values over the policy, field by field', () => {
    const { settings } = layerSettings(
      { agency: { ...agency, signerName: 'Policy' }, thresholds: { dueSoonDays: 5 } },
      { agency: { signerName: 'Local' } },
    );
    expect(settings.agency.parentAgency).toBe('UBND TỈNH GIA LAI');
    expect(settings.agency.signerName).toBe('Local');
    expect(settings.thresholds.dueSoonDays).toBe(5);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores under browser.storage.local "settings" and reads back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2022-05-20T08:00' });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect((raw.settings as { asOf: string }).asOf).toBe('2022-05-20T08:00');
    expect((await loadSettings(() => undefined)).asOf).toBe('2022-05-20T08:00');
  });

  it('refuses to save an invalid value and keeps the stored one', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, agency: { ...DEFAULT_SETTINGS.agency, ...agency } });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, thresholds: { dueSoonDays: -1 } })).rejects.toThrow();
    expect((await loadSettings(() => undefined)).agency.signerName).toBe('Nguyễn Văn Ký');
  });

  it('logs and recovers when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 'x', agency, thresholds: null } });
    const log = vi.fn();
    const settings = await loadSettings(log);
    expect(settings.agency).toMatchObject(agency);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings.thresholds is invalid'));
  });
});

describe('the policy schema Chromium needs for storage.managed', () => {
  it('names every settings field, so an administrator can set any of them', async () => {
    const { readFileSync } = await import('node:fs');
    const { SettingsSchema } = await import('../../../lib/settings/schema');
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as { properties: Record<string, unknown> };
    const fields = Object.keys(SettingsSchema.shape).filter((k) => k !== 'version');
    expect(Object.keys(schema.properties).sort()).toEqual(fields.sort());
  });
});

describe('rules of issue 13 in the settings', () => {
  it('refuses a due-soon threshold below the apology’s one working day (NĐ 61/2018 Điều 19)', () => {
    expect(SettingsSchema.safeParse({ thresholds: { dueSoonDays: 0 } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ thresholds: { dueSoonDays: 1, officeDayEnd: '16:30' } }).success).toBe(true);
    expect(SettingsSchema.safeParse({ thresholds: { officeDayEnd: '18:00' } }).success).toBe(false);
  });

  it('keeps a policy’s yearly schedule after the officer saves settings of their own', () => {
    const y2027 = { year: 2027, daysOff: [{ day: '2027-02-05', name: 'Tết' }], workingDays: [], source: 'Thông báo …' };
    const y2028 = { year: 2028, daysOff: [{ day: '2028-01-24', name: 'Tết' }], workingDays: [], source: '' };
    const own2027 = { ...y2027, daysOff: [{ day: '2027-02-04', name: 'Tết' }] };
    const { settings } = layerSettings({ calendar: { yearSchedules: [y2027, y2028] } }, { ...DEFAULT_SETTINGS, calendar: { ...DEFAULT_SETTINGS.calendar, yearSchedules: [own2027] } });
    expect(settings.calendar.yearSchedules.map((s) => [s.year, s.daysOff[0]!.day])).toEqual([
      [2027, '2027-02-04'],
      [2028, '2028-01-24'],
    ]);
  });
});

describe('the due-soon floor and the apology lead time', () => {
  it('are the same number of working days', () => {
    expect(ThresholdsSchema.shape.dueSoonDays.unwrap().minValue).toBe(APOLOGY_LEAD_DAYS);
  });
});
