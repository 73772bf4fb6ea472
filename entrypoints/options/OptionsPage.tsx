import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '../../lib/i18n/format';
import { draftFromSettings, settingsFromDraft, type SettingsDraft } from '../../lib/settings/form';
import { FIELD_ORDER, isCheckField, isTextField, type FieldPath } from '../../lib/settings/fields';
import { policyFields } from '../../lib/settings/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { originPattern } from '../../lib/settings/sites';
import { applyDocumentLanguage, translator } from '../../lib/i18n/pages-translator';
import { AgencySection } from './AgencySection';
import { AsOfSection } from './AsOfSection';
import { CalendarSection } from './CalendarSection';
import { fieldId, type FormBinding } from './fields';
import { LanguageSection } from './LanguageSection';
import { MorningSection } from './MorningSection';
import { PrivacySection } from './PrivacySection';
import { ReadingSection } from './ReadingSection';
import { ReportSection } from './ReportSection';
import { SitesSection } from './SitesSection';
import { ThresholdsSection } from './ThresholdsSection';
import { YearScheduleSection } from './YearScheduleSection';
import { vietnamLocalTime } from '../../lib/time/vietnam';

interface Loaded {
  /** The settings as last read or saved; the draft is compared with it to show unsaved changes. */
  saved: Settings;
  draft: SettingsDraft;
  origins: { origin: string; granted: boolean }[];
  policy: FieldPath[];
}

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // No policy: Chromium rejects without a policy schema, Firefox without a managed manifest.
    return undefined;
  }
}

async function readOrigins(settings: Settings): Promise<Loaded['origins']> {
  return Promise.all(
    settings.portalOrigins.map(async (origin) => ({
      origin,
      granted: await browser.permissions.contains({ origins: [originPattern(origin)] }),
    })),
  );
}

const SECTION_ORDER = ['sites', 'reading', 'thresholds', 'asof', 'calendar', 'agency', 'report', 'privacy', 'language'] as const;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function OptionsPage() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [saving, setSaving] = useState(false);

  const chosen = loaded?.draft.text.language ?? 'vi';
  const lang: Language = isLanguage(chosen) ? chosen : (loaded?.saved.language ?? 'vi');
  const t = translator(lang);

  useEffect(() => {
    (async () => {
      const [saved, managed] = await Promise.all([loadSettings(), readManaged()]);
      setLoaded({ saved, draft: draftFromSettings(saved), origins: await readOrigins(saved), policy: policyFields(managed) });
    })().catch((error: unknown) => setNotice({ tone: 'error', text: t('options.loadFailed', { error: errorText(error) }) }));
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('options.title')), [lang]);
  // Other pages link to a section (options.html#agency); the sections exist only once settings are read,
  // after the browser already tried to scroll to the anchor.
  const ready = loaded !== undefined;
  useEffect(() => {
    if (ready && location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);

  const result = useMemo(() => (loaded ? settingsFromDraft(loaded.draft, loaded.saved) : undefined), [loaded]);

  if (!loaded || !result) {
    return (
      <main class="options">
        <h1>{t('options.title')}</h1>
        <p>{t('options.loading')}</p>
        <Notice message={notice} />
      </main>
    );
  }

  const update = (change: (draft: SettingsDraft) => SettingsDraft) => {
    setLoaded((prev) => prev && { ...prev, draft: change(prev.draft) });
    setNotice(undefined);
  };
  const defaults = draftFromSettings(DEFAULT_SETTINGS);
  const form: FormBinding = {
    t,
    lang,
    draft: loaded.draft,
    errors: result.errors,
    setText: (field, value) => update((d) => ({ ...d, text: { ...d.text, [field]: value } })),
    setCheck: (field, value) => update((d) => ({ ...d, checks: { ...d.checks, [field]: value } })),
    reset: (fields) =>
      update((d) => {
        const text = { ...d.text };
        const checks = { ...d.checks };
        for (const field of fields) {
          if (isTextField(field)) text[field] = defaults.text[field];
          else if (isCheckField(field)) checks[field] = defaults.checks[field];
        }
        return { ...d, text, checks };
      }),
  };

  const refreshOrigins = async () => {
    const fresh = await loadSettings();
    const origins = await readOrigins(fresh);
    setLoaded((prev) => prev && { ...prev, saved: { ...prev.saved, portalOrigins: fresh.portalOrigins }, origins });
  };

  const unsaved = JSON.stringify(loaded.draft) !== JSON.stringify(draftFromSettings(loaded.saved));
  const invalid = FIELD_ORDER.filter((field) => result.errors[field]);

  const save = async (event: Event) => {
    event.preventDefault();
    const first = invalid[0];
    if (first) {
      setNotice({ tone: 'error', text: t('options.invalid', { count: invalid.length }) });
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setSaving(true);
    try {
      // Overlay the draft on what is stored now: the portal list may have changed in the popup meanwhile.
      const current = await loadSettings();
      const next = settingsFromDraft(loaded.draft, current).settings;
      if (!next) return;
      // A shorter retention deletes history for good (the background applies it at once): ask first.
      const shortens = next.retentionMonths > 0 && (current.retentionMonths === 0 || next.retentionMonths < current.retentionMonths);
      if (shortens && !window.confirm(t('options.retentionConfirm', { months: next.retentionMonths }))) {
        setNotice({ tone: 'warning', text: t('options.retentionKept') });
        return;
      }
      const stored = await saveSettings(next);
      setLoaded((prev) => prev && { ...prev, saved: stored, draft: draftFromSettings(stored) });
      setNotice({ tone: 'success', text: t('options.saved') });
    } catch (error) {
      setNotice({ tone: 'error', text: t('options.saveFailed', { error: errorText(error) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>

      <nav aria-labelledby="contents-heading" class="contents">
        <h2 id="contents-heading">{t('options.contents')}</h2>
        <ul>
          {SECTION_ORDER.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`section.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      {loaded.policy.length > 0 && (
        <div class="notice notice-info policy">
          <p>{t('options.policy')}</p>
          <ul>
            {loaded.policy.map((field) => (
              <li key={field}>{t(`label.${field}`)}</li>
            ))}
          </ul>
        </div>
      )}

      <SitesSection t={t} lang={lang} origins={loaded.origins} onChanged={refreshOrigins} />
      <MorningSection t={t} />

      <form class="settings-form" onSubmit={(event) => void save(event)} noValidate>
        <ReadingSection
          t={t}
          lang={lang}
          profiles={loaded.draft.profiles}
          onChange={(profiles) => update((d) => ({ ...d, profiles }))}
        />
        <ThresholdsSection form={form} />
        <AsOfSection form={form} />
        <CalendarSection form={form} />
        <YearScheduleSection
          lang={lang}
          saved={loaded.saved}
          asOf={loaded.saved.asOf || vietnamLocalTime()}
          onSaved={(stored) =>
            setLoaded((prev) => prev && { ...prev, saved: { ...prev.saved, calendar: { ...prev.saved.calendar, yearSchedules: stored.calendar.yearSchedules } } })
          }
        />
        <AgencySection form={form} />
        <ReportSection form={form} />
        <PrivacySection form={form} />
        <LanguageSection form={form} />

        <div class="save-bar">
          <button type="submit" class="button-primary" disabled={saving}>
            {t('options.save')}
          </button>
          {unsaved && !notice && <span class="save-state">{t('options.unsaved')}</span>}
          <Notice message={notice} />
        </div>
      </form>
    </main>
  );
}
