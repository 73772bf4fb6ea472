import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { layerSettings, migrateSettings } from './migrate';
import { SettingsSchema, type Settings } from './schema';

/**
 * The extension's edge to its settings: `browser.storage.local` under the key `settings`, layered
 * over an administrator's policy in `browser.storage.managed`. Only this file touches storage.
 */
const settingsItem = storage.defineItem<unknown>('local:settings');

async function readManaged(): Promise<unknown> {
  try {
    // Chromium rejects when no policy schema applies; Firefox when no managed manifest exists.
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

export async function loadSettings(log: (message: string) => void = console.warn): Promise<Settings> {
  const [managed, local] = await Promise.all([readManaged(), settingsItem.getValue()]);
  const managedValues = managed && Object.keys(managed).length > 0 ? managed : undefined;
  const { settings, notes } = layerSettings(managedValues, local);
  for (const note of notes) log(`[Nhắc Hạn] settings: ${note}`);
  return settings;
}

/** Validates before writing so a bad form value can never replace good stored settings. */
export async function saveSettings(next: unknown): Promise<Settings> {
  const settings = SettingsSchema.parse(next);
  await settingsItem.setValue(settings);
  return settings;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(migrateSettings(value).settings));
}
