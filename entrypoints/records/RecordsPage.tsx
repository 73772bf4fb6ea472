import { useEffect, useState } from 'preact/hooks';
import type { HistoryDB } from '../../lib/history';
import { openActiveHistory } from '../../lib/history/active';
import { applyDocumentLanguage } from '../../lib/i18n/pages-translator';
import { errorLines } from '../../lib/documents/page/error-lines';
import { loadPageContext, type PageContext } from '../../lib/documents/page/page-context';
import { shortTime } from '../../lib/time/display';
import { docsTranslator } from '../../lib/i18n/documents-translator';
import { BackupTab } from './BackupTab';
import { DossiersTab } from './DossiersTab';
import { ExportTab } from './ExportTab';
import { QualityTab } from './QualityTab';
import { MorningTab } from './MorningTab';
import { ReportTab } from './ReportTab';
import { StatsTab } from './StatsTab';
import { TemplatesTab } from './TemplatesTab';

const TABS = ['dossiers', 'morning', 'report', 'stats', 'quality', 'export', 'backup', 'templates'] as const;
type Tab = (typeof TABS)[number];

const tabFromHash = (): Tab => {
  const hash = location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as Tab) : 'dossiers';
};

export function RecordsPage() {
  const [context, setContext] = useState<PageContext>();
  const [db, setDb] = useState<HistoryDB>();
  const [failure, setFailure] = useState<string[]>([]);
  const [tab, setTab] = useState<Tab>(tabFromHash);

  const lang = context?.lang ?? 'vi';
  const t = docsTranslator(lang);

  useEffect(() => {
    loadPageContext()
      .then(async (ctx) => {
        setContext(ctx);
        try {
          setDb(await openActiveHistory());
        } catch (error) {
          setFailure(errorLines(error, ctx.lang));
        }
      })
      .catch((error: unknown) => setFailure(errorLines(error, 'vi')));
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('history.title')), [lang]);

  const choose = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };

  return (
    <main class="options docs-page docs-wide">
      <h1>{t('history.title')}</h1>
      {context?.asOfOverridden && <p class="as-of">{t('page.asOf', { asOf: shortTime(context.asOf) })}</p>}
      <nav class="tabs" aria-label={t('history.sections')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            class={name === tab ? 'tab tab-current' : 'tab'}
            aria-current={name === tab ? 'page' : undefined}
            onClick={() => choose(name)}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </nav>
      {failure.length > 0 && (
        <div class="notice notice-error" role="alert">
          {failure.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {!context || (!db && failure.length === 0) ? (
        <p>{t('page.loading')}</p>
      ) : db ? (
        <div class="tab-panel">
          {tab === 'dossiers' && <DossiersTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'report' && <ReportTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'stats' && <StatsTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'morning' && <MorningTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'quality' && <QualityTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'export' && <ExportTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'backup' && <BackupTab db={db} context={context} lang={lang} t={t} />}
          {tab === 'templates' && <TemplatesTab db={db} context={context} lang={lang} t={t} />}
        </div>
      ) : null}
    </main>
  );
}
