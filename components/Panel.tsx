import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { PageState } from '../lib/overlay/controller';
import type { LedgerRow } from '../lib/overlay/actionable';
import { documentAction, type DocumentAction } from '../lib/overlay/actions';
import type { StandingStatus } from '../lib/deadline';
import { translate, type Language } from '../lib/i18n/format';
import { overlayMessages, type OverlayKey } from '../lib/i18n/overlay';
import { standingWord } from '../lib/i18n/standings';
import { showTime } from '../lib/overlay/describe';

/** The summary panel inside the portal, rendered in a shadow root owned by the content script. */
interface PanelProps {
  language: Language;
  asOf: string;
  asOfOverridden: boolean;
  page: PageState;
  /** Dossiers needing action across every page seen in this tab. */
  actionable: LedgerRow[];
  onDocument(action: DocumentAction, row: LedgerRow): void;
  onSettings(): void;
  /** Teaching the page in clicks and saving its description (components/ReadingHelp.tsx). */
  help?: ComponentChildren;
}

const ORDER: StandingStatus[] = [
  'overdue',
  'due-today',
  'due-soon',
  'check-soon',
  'paused',
  'on-time',
  'done-late',
  'done-on-time',
  'not-applicable',
  'unknown',
];

export function Panel(props: PanelProps) {
  const t = (key: OverlayKey, params?: Record<string, string | number>) =>
    translate(overlayMessages, props.language, key, params);
  // Collapsed at the bottom-left by default: paginators and action buttons usually sit at the
  // bottom-right of a portal's list, and the panel must not cover them.
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState({ left: 16, bottom: 16 });
  const drag = useRef<{ x: number; y: number; left: number; bottom: number } | null>(null);

  const move = (dx: number, dy: number) =>
    setPos((p) => ({ left: Math.max(0, p.left + dx), bottom: Math.max(0, p.bottom - dy) }));
  const count = (status: StandingStatus) => props.actionable.filter((r) => r.standing.status === status).length;

  return (
    <section
      class={open ? 'panel open' : 'panel'}
      style={{ left: `${pos.left}px`, bottom: `${pos.bottom}px` }}
      aria-label={t('panel.title')}
      lang={props.language}
    >
      <header
        class="bar"
        title={t('panel.move')}
        tabIndex={0}
        onPointerDown={(e) => {
          // Capturing the pointer on a button would swallow its click.
          if ((e.target as Element).closest('button')) return;
          drag.current = { x: e.clientX, y: e.clientY, ...pos };
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (d) setPos({ left: Math.max(0, d.left + (e.clientX - d.x)), bottom: Math.max(0, d.bottom - (e.clientY - d.y)) });
        }}
        onPointerUp={() => (drag.current = null)}
        onKeyDown={(e) => {
          const step = 16;
          if (e.key === 'ArrowLeft') move(-step, 0);
          else if (e.key === 'ArrowRight') move(step, 0);
          else if (e.key === 'ArrowUp') move(0, -step);
          else if (e.key === 'ArrowDown') move(0, step);
          else return;
          e.preventDefault();
        }}
      >
        <strong>{t('panel.title')}</strong>
        <span class="total">
          {t('panel.summary', { overdue: count('overdue'), today: count('due-today'), soon: count('due-soon') })}
        </span>
        <button type="button" class="toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('panel.collapse') : t('panel.expand')}
        </button>
      </header>
      {open && (
        <div class="body">
          <p class="rows">{t('panel.rows', { rows: props.page.rows })}</p>
          {props.asOfOverridden && <p class="asof">{t('panel.asOf', { asOf: showTime(props.asOf) })}</p>}
          <ul class="counts">
            {ORDER.filter((s) => props.page.counts[s]).map((s) => (
              <li key={s} class={`count s-${s}`}>
                <span>{standingWord(props.language, s)}</span> <b data-count={s}>{props.page.counts[s]}</b>
              </li>
            ))}
          </ul>
          <h2>{t('panel.action')}</h2>
          {props.actionable.length === 0 ? (
            <p class="none">{t('panel.none')}</p>
          ) : (
            <ul class="actions">
              {props.actionable.map((row) => {
                const action = documentAction(row.standing);
                return (
                <li key={row.dossier.code} class={`s-${row.standing.status}`} data-code={row.dossier.code}>
                  <span class="code">{row.dossier.code}</span>
                  <span class="who">{row.dossier.applicant ?? ''}</span>
                  <span class="state">
                    {standingWord(props.language, row.standing.status)}
                    {row.standing.daysLate > 0 ? ` · ${t('panel.days', { days: row.standing.daysLate })}` : ''}
                  </span>
                  {action && (
                    <button
                      type="button"
                      class={action}
                      // The panel's shadow root is open: a page script could click() this; only a person opens a document.
                      onClick={(e) => e.isTrusted && props.onDocument(action, row)}
                    >
                      {t(action === 'apology' ? 'panel.apology' : 'panel.supplement')}
                    </button>
                  )}
                </li>
                );
              })}
            </ul>
          )}
          {props.page.problems.length > 0 && (
            <div class="problems" role="status">
              <h2>{t('panel.problems')}</h2>
              <ul>
                {props.page.problems.slice(0, 5).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <button type="button" class="link" onClick={props.onSettings}>
                {t('panel.settings')}
              </button>
              {props.help}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** Panel styles, scoped by the shadow root. Sizes in px because rem follows the host page's root. */
export const PANEL_CSS = `
:host{all:initial!important}
.panel{position:fixed;z-index:2147483000;max-width:calc(100vw - 16px);max-height:70vh;overflow:auto;
 background:#fff;color:#1f2937;border:1px solid #cbd5e1;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);
 font:13px/1.4 Arial,Helvetica,sans-serif}
.panel.open{width:360px}
.panel:not(.open) .bar{border-radius:8px}
.rows{margin:0 0 6px;color:#475569}
.bar{display:flex;gap:8px;align-items:center;padding:6px 8px;background:#0f4c81;color:#fff;cursor:move;
 border-radius:8px 8px 0 0;position:sticky;top:0}
.bar:focus-visible,button:focus-visible{outline:2px solid #f59e0b;outline-offset:1px}
.total{flex:1;font-size:12px;opacity:.9}
button{font:inherit;cursor:pointer;border:1px solid #94a3b8;border-radius:4px;background:#f8fafc;color:#0f172a;padding:2px 6px}
.toggle{background:#e2e8f0}
.body{padding:8px}
.asof{margin:0 0 6px;padding:4px 6px;background:#fff7e6;border:1px solid #f3cf86;border-radius:4px}
.counts{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 8px;padding:0;list-style:none}
.count{padding:2px 6px;border-radius:10px;background:#f1f5f9}
h2{font-size:13px;margin:6px 0 4px}
.actions{margin:0;padding:0;list-style:none}
.actions li{display:grid;grid-template-columns:1fr auto;gap:2px 6px;padding:4px 0;border-top:1px solid #e2e8f0}
.code{font-weight:600;word-break:break-all}
.who{grid-column:1}
.state{grid-column:1;font-size:12px}
.apology,.supplement{grid-column:2;grid-row:1 / span 3;align-self:center}
.s-overdue .state,.s-due-today .state{color:#9b1c1c}
.s-due-soon .state,.s-check-soon .state{color:#8a4b00}
.problems{margin-top:8px;padding:6px;border:1px solid #f5b5b5;border-radius:4px;background:#fff5f5}
.problems ul{margin:0 0 4px;padding-left:18px}
.help{margin-top:6px}.help .ask{font-weight:600;margin:4px 0}
.none{margin:0;color:#475569}
@media print{:host{display:none!important}}
`;
