import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StartProblemSchema, startProblemKey, type Message, type StartProblem, type TabStatus } from '../../lib/messaging/protocol';
import { STANDING_STATUSES } from '../../lib/deadline/standing';
import { showLocalTime } from '../../lib/time/display';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { applyDocumentLanguage, translator } from '../../lib/i18n/pages-translator';
import { standingWord } from '../../lib/i18n/standings';
import { originPattern, siteAccess, webOrigin, type SiteAccess } from '../../lib/settings/sites';
import { readTabStatus } from './tab-status';

interface PopupState {
  settings: Settings;
  site: SiteAccess;
  /** Undefined when the page's content script did not answer. */
  status?: TabStatus;
  /** The icon shows the report reminder's red "!" (entrypoints/background/reminder.ts). */
  reportDue: boolean;
  /** Why the content script could not start in this tab, when it said so. */
  startProblem?: StartProblem;
}

async function readStartProblem(tabId: number): Promise<StartProblem | undefined> {
  const key = startProblemKey(tabId);
  const parsed = StartProblemSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

async function readState(): Promise<PopupState> {
  const settings = await loadSettings();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = webOrigin(tab?.url);
  const listed = origin !== undefined && settings.portalOrigins.includes(origin);
  const granted = listed && (await browser.permissions.contains({ origins: [originPattern(origin)] }));
  const site = siteAccess(tab?.url, settings.portalOrigins, granted);
  const reads = site.kind === 'known' || site.kind === 'enabled';
  const status = reads && tab?.id !== undefined ? await readTabStatus(tab.id) : undefined;
  const startProblem = reads && tab?.id !== undefined && !status ? await readStartProblem(tab.id) : undefined;
  const reportDue = (await browser.action.getBadgeText({})) === '!';
  return { settings, site, status, reportDue, ...(startProblem ? { startProblem } : {}) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Popup() {
  const [state, setState] = useState<PopupState>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const lang = state?.settings.language ?? 'vi';
  const t = translator(lang);

  const refresh = () =>
    readState().then(setState, (error: unknown) => setNotice({ tone: 'error', text: t('popup.failed', { error: errorText(error) }) }));

  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('popup.title')), [lang]);

  if (!state) {
    return (
      <main class="popup">
        <p>{t('popup.loading')}</p>
        <Notice message={notice} />
      </main>
    );
  }

  const { site, status, settings, startProblem } = state;

  // The permission request must be the first thing the click does: browsers only honour it inside
  // the user's gesture, and an earlier await would end that gesture.
  const enable = async (origin: string) => {
    try {
      const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
      if (!granted) {
        setNotice({ tone: 'warning', text: t('popup.denied') });
        return;
      }
      const message: Message = { type: 'enable-origin', origin };
      const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
      setNotice(reply?.ok ? { tone: 'success', text: t('popup.enabledNow') } : { tone: 'warning', text: t('popup.denied') });
      await refresh();
    } catch (error) {
      setNotice({ tone: 'error', text: t('popup.failed', { error: errorText(error) }) });
    }
  };

  const disable = async (origin: string) => {
    try {
      const message: Message = { type: 'disable-origin', origin };
      await browser.runtime.sendMessage(message);
      setNotice({ tone: 'success', text: t('popup.disabledNow') });
      await refresh();
    } catch (error) {
      setNotice({ tone: 'error', text: t('popup.failed', { error: errorText(error) }) });
    }
  };

  const clearAsOf = async () => {
    try {
      await saveSettings({ ...(await loadSettings()), asOf: '' });
      await refresh();
    } catch (error) {
      setNotice({ tone: 'error', text: t('popup.failed', { error: errorText(error) }) });
    }
  };

  const openHistory = () => void browser.tabs.create({ url: browser.runtime.getURL('/records.html') });
  const shown = status ? STANDING_STATUSES.filter((s) => (status.counts[s] ?? 0) > 0) : [];

  return (
    <main class="popup">
      <h1>{t('app.name')}</h1>

      {state.reportDue && (
        <p class="notice notice-warning popup-reminder">
          {t('popup.reminder')}{' '}
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/records.html#report') })}>
            {t('popup.makeReport')}
          </button>
        </p>
      )}

      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('popup.site')}</h2>
        {site.kind === 'not-web' ? (
          <p>{t('popup.notWeb')}</p>
        ) : (
          <>
            <p class="origin">{site.origin}</p>
            <p>{t(`popup.${site.kind === 'not-enabled' ? 'notEnabled' : site.kind}`)}</p>
            {site.kind === 'not-enabled' && (
              // The one action an officer opens the popup for on a new portal: Enter does it.
              <button type="button" class="button-primary" autoFocus onClick={() => void enable(site.origin)}>
                {t('popup.enable')}
              </button>
            )}
            {site.kind === 'enabled' && (
              <button type="button" onClick={() => void disable(site.origin)}>
                {t('popup.disable')}
              </button>
            )}
          </>
        )}
      </section>

      {(site.kind === 'known' || site.kind === 'enabled') && (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading">{t('popup.counts')}</h2>
          {status && status.lists > 0 ? (
            <>
              <p>{t('popup.rows', { rows: status.rows, lists: status.lists })}</p>
              <ul class="counts">
                {shown.map((s) => (
                  <li key={s} class={`count count-${s}`}>
                    <span>{standingWord(lang, s)}</span> <strong>{status.counts[s]}</strong>
                  </li>
                ))}
              </ul>
            </>
          ) : startProblem ? (
            <p class="notice notice-warning">{t('popup.startFailed', { reason: startProblem.reason })}</p>
          ) : (
            <p>{t('popup.noList')}</p>
          )}
        </section>
      )}

      {settings.asOf !== '' && (
        <p class="as-of">
          {t('popup.asOf', { asOf: showLocalTime(settings.asOf) })}{' '}
          <button type="button" onClick={() => void clearAsOf()}>
            {t('popup.clearAsOf')}
          </button>
        </p>
      )}

      <Notice message={notice} />

      <nav class="popup-links">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.settings')}
        </button>
        <button type="button" onClick={openHistory}>
          {t('popup.history')}
        </button>
      </nav>
    </main>
  );
}
