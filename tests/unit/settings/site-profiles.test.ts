import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema, SETTINGS_VERSION } from '../../../lib/settings/schema';
import { layerSettings, migrateSettings } from '../../../lib/settings/migrate';

const DEMO = {
  origin: 'https://gialai.motcua.vnpt.vn',
  name: 'Một cửa Gia Lai',
  listSelector: 'table.adminlist',
  columns: { dueAt: { header: 'Ngày giờ tiếp nhận' }, code: { selector: 'td:nth-child(2) a' } },
  dateOrder: 'dmy',
} as const;
const OTHER = { origin: 'https://dichvucong.tinh.gov.vn', columns: {} };

describe('siteProfiles in the settings schema', () => {
  it('defaults to no profiles', () => {
    expect(DEFAULT_SETTINGS.siteProfiles).toEqual([]);
  });

  it('accepts a full profile and keeps every part of it', () => {
    const parsed = SettingsSchema.parse({ siteProfiles: [DEMO, OTHER] });
    expect(parsed.siteProfiles).toEqual([DEMO, OTHER]);
  });

  it('refuses an unknown field, an unknown date order, an empty origin and more than 50 profiles', () => {
    const refuse = (profile: unknown) => SettingsSchema.safeParse({ siteProfiles: [profile] }).success;
    expect(refuse({ ...DEMO, columns: { deadline: { header: 'Hạn' } } })).toBe(false);
    expect(refuse({ ...DEMO, dateOrder: 'mdy' })).toBe(false);
    expect(refuse({ ...DEMO, origin: '' })).toBe(false);
    expect(refuse({ ...DEMO, columns: { dueAt: { selector: 'x'.repeat(501) } } })).toBe(false);
    expect(refuse(DEMO)).toBe(true);
    const many = Array.from({ length: 51 }, (_, i) => ({ origin: `https://s${i}.gov.vn`, columns: {} }));
    expect(SettingsSchema.safeParse({ siteProfiles: many }).success).toBe(false);
  });
});

describe('migrating stored site profiles', () => {
  it('keeps the valid profiles and drops only the broken one, with a note', () => {
    const broken = { origin: 'https://hong.gov.vn', columns: { dueAt: { header: 42 } } };
    const { settings, notes } = migrateSettings({
      version: SETTINGS_VERSION,
      thresholds: { dueSoonDays: 4, checkWindowDays: 3 },
      siteProfiles: [DEMO, broken, 'junk', OTHER],
    });
    expect(settings.siteProfiles).toEqual([DEMO, OTHER]);
    expect(settings.thresholds.dueSoonDays).toBe(4);
    expect(notes).toEqual(['settings.siteProfiles: 2 invalid entries dropped']);
  });

  it('resets a list that is not a list', () => {
    const { settings, notes } = migrateSettings({ siteProfiles: { origin: DEMO.origin } });
    expect(settings.siteProfiles).toEqual([]);
    expect(notes).toEqual(['settings.siteProfiles is invalid; reset to its default']);
  });

  it('an officer’s profiles replace a policy’s list, as other lists do', () => {
    const { settings } = layerSettings({ siteProfiles: [OTHER] }, { siteProfiles: [DEMO] });
    expect(settings.siteProfiles).toEqual([DEMO]);
    expect(layerSettings({ siteProfiles: [OTHER] }, {}).settings.siteProfiles).toEqual([OTHER]);
  });

  it('settings stored before profiles existed read with an empty list', () => {
    const { settings, notes } = migrateSettings({ version: 1, language: 'en' });
    expect(settings.siteProfiles).toEqual([]);
    expect(settings.language).toBe('en');
    expect(notes).toEqual([]);
  });
});
