import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createBadge, paintBadge } from '../../lib/overlay/badge';
import { TONE } from '../../lib/overlay/describe';
import { overlayMessages, type OverlayKey } from '../../lib/i18n/overlay';
import { translate, type Language } from '../../lib/i18n/format';
import type { PagesKey } from '../../lib/i18n/pages';
import type { StandingStatus } from '../../lib/deadline';
import { loadSettings } from '../../lib/settings/storage';
import { Section } from '../../components/pages/Section';
import { applyDocumentLanguage, translator } from '../../lib/i18n/pages-translator';

/** The badges an officer meets most, drawn by the overlay's own code, with what each asks of them. */
const LEGEND: readonly { status: StandingStatus; days?: number; meaning: PagesKey }[] = [
  { status: 'overdue', days: 3, meaning: 'welcome.colour.overdue' },
  { status: 'due-today', meaning: 'welcome.colour.due-today' },
  { status: 'due-soon', days: 2, meaning: 'welcome.colour.due-soon' },
  { status: 'check-soon', meaning: 'welcome.colour.check-soon' },
  { status: 'on-time', days: 8, meaning: 'welcome.colour.on-time' },
  { status: 'paused', meaning: 'welcome.colour.paused' },
  { status: 'done-late', days: 2, meaning: 'welcome.colour.done-late' },
];

function Badge({ status, days, lang }: { status: StandingStatus; days?: number; lang: Language }) {
  const slot = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!slot.current) return;
    const host = createBadge(document);
    // The welcome page shows the label alone, not inside an appointment cell.
    host.style.cssText = 'display:inline-block';
    const text = translate(overlayMessages, lang, `badge.${status}` as OverlayKey, { days: days ?? 0 });
    const tooltip = translate(overlayMessages, lang, `tip.rule.${status}` as OverlayKey, { days: days ?? 0, threshold: 2, window: 3, asOf: '', deadline: '' });
    paintBadge(host, { text, short: text, tone: TONE[status], tooltip });
    slot.current.replaceChildren(host);
  }, [lang]);
  return <span ref={slot} class="welcome-badge" />;
}

/** Opened once, when the extension is installed: what to do first, in the officer's language. */
export function WelcomePage() {
  const [lang, setLang] = useState<Language>('vi');
  const t = translator(lang);
  useEffect(() => {
    loadSettings()
      .then((settings) => setLang(settings.language))
      .catch((error: unknown) => console.error('welcome page: settings unreadable, showing Vietnamese', error));
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('welcome.title')), [lang]);
  const open = (path: '/options.html#agency' | '/options.html#morning' | '/records.html#report') =>
    void browser.tabs.create({ url: browser.runtime.getURL(path) });

  return (
    <main class="options welcome">
      <h1>{t('welcome.title')}</h1>
      <p class="section-intro">{t('welcome.intro')}</p>
      <Section id="welcome-portal" title={t('welcome.portal')} intro={t('welcome.portal.intro')}>
        <p>{t('welcome.portal.pin')}</p>
      </Section>
      <Section id="welcome-agency" title={t('welcome.agency')} intro={t('welcome.agency.intro')}>
        <p>
          <button type="button" class="button-primary" onClick={() => open('/options.html#agency')}>
            {t('welcome.agency.open')}
          </button>
        </p>
      </Section>
      <Section id="welcome-colours" title={t('welcome.colours')} intro={t('welcome.colours.intro')}>
        <dl class="welcome-legend">
          {LEGEND.map(({ status, days, meaning }) => (
            <div key={status}>
              <dt>
                <Badge status={status} days={days} lang={lang} />
              </dt>
              <dd>{t(meaning)}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="welcome-reminders" title={t('welcome.reminders')} intro={t('welcome.reminders.intro')}>
        <p class="control-row">
          <button type="button" onClick={() => open('/records.html#report')}>
            {t('welcome.reminders.report')}
          </button>
          <button type="button" onClick={() => open('/options.html#morning')}>
            {t('welcome.reminders.morning')}
          </button>
        </p>
      </Section>
      <Section id="welcome-privacy" title={t('welcome.privacy')}>
        <p>{t('welcome.privacy.intro')}</p>
      </Section>
    </main>
  );
}
