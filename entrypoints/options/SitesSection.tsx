import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messaging/protocol';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { issueMessage } from '../../lib/settings/issues';
import { normaliseOrigin } from '../../lib/settings/sites';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { isKnownPortal, originPattern } from '../../lib/settings/sites';
import type { Translate } from '../../lib/i18n/pages-translator';
import type { Language } from '../../lib/i18n/format';
import { fieldId } from './fields';

interface SitesSectionProps {
  t: Translate;
  lang: Language;
  /** Origins enabled by the officer, with whether the browser still grants each. */
  origins: readonly { origin: string; granted: boolean }[];
  /** Called after the background changed the stored origins, so the page reads them again. */
  onChanged(): Promise<void>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Enabled portals act at once through the background (which stores the origin and registers the
 * content script), not through Save: the browser's permission and the stored list must agree.
 */
export function SitesSection({ t, lang, origins, onChanged }: SitesSectionProps) {
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const id = fieldId('portalOrigins');

  // The permission request is the first awaited call, so it stays inside the click's user gesture.
  const add = async () => {
    const origin = normaliseOrigin(input);
    if (!origin) {
      setInputError(issueMessage({ code: 'origin-format', params: {} }, lang));
      return;
    }
    setInputError(undefined);
    if (isKnownPortal(`${origin}/`) || origins.some((o) => o.origin === origin && o.granted)) {
      setNotice({ tone: 'info', text: t('sites.duplicate', { origin }) });
      return;
    }
    try {
      const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
      if (!granted) {
        setNotice({ tone: 'warning', text: t('sites.denied', { origin }) });
        return;
      }
      const message: Message = { type: 'enable-origin', origin };
      const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
      if (!reply?.ok) {
        setNotice({ tone: 'warning', text: t('sites.denied', { origin }) });
        return;
      }
      setInput('');
      setNotice({ tone: 'success', text: t('sites.added', { origin }) });
      await onChanged();
    } catch (error) {
      setNotice({ tone: 'error', text: t('sites.failed', { error: errorText(error) }) });
    }
  };

  const remove = async (origin: string) => {
    try {
      const message: Message = { type: 'disable-origin', origin };
      await browser.runtime.sendMessage(message);
      setNotice({ tone: 'success', text: t('sites.removed', { origin }) });
      await onChanged();
    } catch (error) {
      setNotice({ tone: 'error', text: t('sites.failed', { error: errorText(error) }) });
    }
  };

  return (
    <Section id="sites" title={t('section.sites')} intro={t('section.sites.intro')}>
      <h3>{t('sites.enabled')}</h3>
      {origins.length === 0 ? (
        <p>{t('sites.none')}</p>
      ) : (
        <ul class="site-list">
          {origins.map(({ origin, granted }) => (
            <li key={origin}>
              <span class="origin">{origin}</span>
              {!granted && <span class="site-warning"> ({t('sites.notGranted')})</span>}{' '}
              <button type="button" aria-label={t('sites.removeLabel', { origin })} onClick={() => void remove(origin)}>
                {t('sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form
        class="site-add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field id={id} label={t('label.portalOrigins')} help={t('help.portalOrigins')} error={inputError}>
          {(control) => (
            <div class="control-row">
              <input
                {...control}
                type="text"
                inputMode="url"
                class="input-text"
                value={input}
                onInput={(event) => setInput(event.currentTarget.value)}
              />
              <button type="submit">{t('sites.add')}</button>
            </div>
          )}
        </Field>
      </form>
      <Notice message={notice} />

      <h3>{t('sites.known')}</h3>
      <ul class="site-list site-list-known">
        {KNOWN_PORTAL_MATCHES.map((pattern) => (
          <li key={pattern} class="origin">
            {pattern.replace(/\/\*$/, '')}
          </li>
        ))}
      </ul>
    </Section>
  );
}
