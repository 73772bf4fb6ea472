import { SETTINGS_VERSION, SettingsSchema, DEFAULT_SETTINGS, type Settings } from './schema';

/**
 * Turns whatever is stored under `settings` into valid Settings, never throwing.
 *
 * A stored value can be damaged (an older build, a hand edit, a policy typo) or come from a newer
 * build after a downgrade. The officer's agency profile takes time to type, so recovery is field by
 * field: a bad threshold resets that threshold, not the profile. Every reset is reported in `notes`
 * so the caller can log why.
 */
interface MigrationResult {
  settings: Settings;
  notes: string[];
}

type Step = (value: Record<string, unknown>) => Record<string, unknown>;

/** One step per stored version, keyed by the version it upgrades from. Version 1 is the first. */
const STEPS: Record<number, Step> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateSettings(raw: unknown): MigrationResult {
  const notes: string[] = [];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, notes };
  if (!isRecord(raw)) {
    notes.push(`stored settings are not an object (${typeof raw}); defaults used`);
    return { settings: DEFAULT_SETTINGS, notes };
  }

  let value: Record<string, unknown> = { ...raw };
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1;
  if (version > SETTINGS_VERSION) {
    notes.push(`stored settings come from a newer version (${version}); known fields kept`);
    version = SETTINGS_VERSION;
  }
  for (let v = Math.max(1, version); v < SETTINGS_VERSION; v++) {
    const step = STEPS[v];
    if (step) value = step(value);
  }
  value.version = SETTINGS_VERSION;

  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data, notes };
  return { settings: salvage(value, notes), notes };
}

/**
 * Keeps every top-level field (and every field of a nested object, and every entry of a list) that
 * is valid on its own.
 */
function salvage(value: Record<string, unknown>, notes: string[]): Settings {
  const shape = SettingsSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!(key in value)) continue;
    const field = shape[key];
    const parsed = field.safeParse(value[key]);
    if (parsed.success) {
      out[key] = parsed.data;
      continue;
    }
    const inner = value[key];
    const defaults = DEFAULT_SETTINGS[key];
    if (Array.isArray(inner)) {
      // One damaged site profile or origin must not take the officer's other entries with it.
      const kept = inner.filter((item) => field.safeParse([item]).success);
      const list = field.safeParse(kept);
      if (list.success) {
        out[key] = list.data;
        notes.push(`settings.${key}: ${inner.length - kept.length} invalid entries dropped`);
      } else {
        notes.push(`settings.${key} is invalid; reset to its default`);
      }
    } else if (isRecord(inner) && isRecord(defaults)) {
      const kept: Record<string, unknown> = {};
      for (const sub of Object.keys(defaults)) {
        if (!(sub in inner)) continue;
        const value = inner[sub];
        const fits = (candidate: unknown) => field.safeParse({ ...defaults, [sub]: candidate }).success;
        if (fits(value)) kept[sub] = value;
        else if (Array.isArray(value) && fits(value.filter((item) => fits([item])))) {
          // A list inside an object (the counted portals) loses only its damaged entries.
          const entries = value.filter((item) => fits([item]));
          kept[sub] = entries;
          notes.push(`settings.${key}.${sub}: ${value.length - entries.length} invalid entries dropped`);
        } else notes.push(`settings.${key}.${sub} is invalid; reset to its default`);
      }
      out[key] = field.parse({ ...defaults, ...kept });
    } else {
      notes.push(`settings.${key} is invalid; reset to its default`);
    }
  }
  return SettingsSchema.parse(out);
}

/**
 * Layers settings: defaults, then an administrator's policy (storage.managed), then the officer's
 * own values. Objects merge per field; arrays and scalars are replaced.
 */
export function layerSettings(managed: unknown, local: unknown): MigrationResult {
  const notes: string[] = [];
  const base = isRecord(managed) ? migrateSettings(managed) : { settings: DEFAULT_SETTINGS, notes: [] };
  notes.push(...base.notes.map((n) => `policy: ${n}`));
  if (!isRecord(local)) {
    if (local !== undefined && local !== null) notes.push('stored settings are not an object; policy/defaults used');
    return { settings: base.settings, notes };
  }
  const merged: Record<string, unknown> = { ...base.settings };
  for (const [key, v] of Object.entries(local)) {
    const prev = merged[key];
    merged[key] = isRecord(prev) && isRecord(v) ? { ...prev, ...v } : v;
  }
  const result = migrateSettings(merged);
  notes.push(...result.notes);
  return { settings: withPolicySchedules(result.settings, base.settings), notes };
}

/**
 * A yearly schedule delivered by policy stays in force after the officer saves settings of their own
 * (which store an empty list): the lists are joined by year, the officer's own year winning.
 */
function withPolicySchedules(settings: Settings, policy: Settings): Settings {
  const own = new Set(settings.calendar.yearSchedules.map((s) => s.year));
  const added = policy.calendar.yearSchedules.filter((s) => !own.has(s.year));
  if (added.length === 0) return settings;
  const yearSchedules = [...settings.calendar.yearSchedules, ...added].sort((a, b) => a.year - b.year);
  return { ...settings, calendar: { ...settings.calendar, yearSchedules } };
}
