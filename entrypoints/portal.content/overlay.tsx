import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { browser as Browser } from 'wxt/browser';
import { createCalendar } from '../../lib/calendar';
import type { Dossier } from '../../lib/dossier/schema';
import type { PageConfig, TabStatus } from '../../lib/messaging/protocol';
import { backgroundSender } from '../../lib/messaging/send';
import { OverlayController, type OverlayConfig, type PageState } from '../../lib/overlay/controller';
import type { LedgerRow } from '../../lib/overlay/actionable';
import { Panel, PANEL_CSS } from '../../components/Panel';
import { checkProfile, SiteProfileSchema, type ProfileCheck, type SiteProfile } from '../../lib/portal';

type Api = typeof Browser;
const SEND_DELAY_MS = 250;

/** Wires the plain overlay to the extension: settings in, observations out, the panel on top. */
export async function startOverlay(ctx: ContentScriptContext, api: Api): Promise<void> {
  // Injected again (a portal just enabled, an update), the newer script takes over: WXT invalidates
  // this one's context, and it then takes its flags and badges off the page (see onInvalidated).
  const send = backgroundSender(api);
  /** The settings as this page needs them; undefined when the background did not answer (logged). */
  const readConfig = async (): Promise<PageConfig | undefined> => {
    const reply = await send({ type: 'get-config', url: location.href });
    return reply && !('ok' in reply) ? reply : undefined;
  };
  const initial = await readConfig();
  if (!initial || !ctx.isValid) return;
  let config: PageConfig = initial;

  const isTop = window === window.top;
  let page: PageState = { rows: 0, lists: 0, counts: {}, flagged: [], problems: [] };
  let actionable: LedgerRow[] = [];
  let panelRoot: ShadowRoot | undefined;
  /** The history could not be written (a full disk): said in the panel, the page keeps working. */
  let storageProblem: string | undefined;
  let outbox = new Map<string, Dossier>();
  let sendTimer: ReturnType<typeof setTimeout> | undefined;

  const overlayConfig = (c: PageConfig): OverlayConfig => ({
    asOf: c.asOf,
    dueSoonDays: c.dueSoonDays,
    checkWindowDays: c.checkWindowDays,
    calendar: createCalendar(c.calendar),
    language: c.language,
    profile: c.profile as SiteProfile | undefined,
  });

  const paint = () => {
    if (!isTop || !config) return;
    if (!panelRoot) {
      if (page.lists === 0 && actionable.length === 0) return; // a page without dossiers gets nothing
      const host = document.createElement('div');
      host.setAttribute('data-nhachan-panel', '');
      panelRoot = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PANEL_CSS;
      panelRoot.appendChild(style);
      panelRoot.appendChild(document.createElement('div'));
      document.body.appendChild(host);
    }
    render(
      <Panel
        language={config.language}
        asOf={config.asOf}
        asOfOverridden={config.asOfOverridden}
        page={storageProblem ? { ...page, problems: [storageProblem, ...page.problems] } : page}
        actionable={actionable}
        onDocument={(action, row) => void send({ type: 'open-letter', kind: action, url: location.href, dossier: row.dossier })}
        onSettings={() => void send({ type: 'open-options', section: 'reading' })}
      />,
      panelRoot.lastElementChild as Element,
    );
  };

  const flushOutbox = async () => {
    sendTimer = undefined;
    const dossiers = [...outbox.values()];
    outbox = new Map();
    const flags = page.flagged.map((f) => ({ code: f.dossier.code, standing: f.standing }));
    const reply = await send({ type: 'observe', url: location.href, seenAt: config.asOf, dossiers, flags });
    if (reply?.ok && 'actionable' in reply) {
      actionable = reply.actionable;
      storageProblem = reply.problem;
      paint();
    }
  };

  const controller = new OverlayController(document, overlayConfig(config), {
    onDossiers(dossiers) {
      for (const d of dossiers) outbox.set(d.code, d);
      if (sendTimer === undefined) sendTimer = setTimeout(() => void flushOutbox(), SEND_DELAY_MS);
    },
    onDetail(dossier) {
      void send({ type: 'detail', url: location.href, seenAt: config.asOf, dossier });
    },
    onState(state) {
      page = state;
      paint();
    },
    onDocument(action, dossier) {
      void send({ type: 'open-letter', kind: action, url: location.href, dossier });
    },
  }, { lazyBadges: true });
  controller.start();

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: TabStatus | ProfileCheck) => void) => {
    const m = message as { type?: string; profile?: unknown } | null;
    if (!isTop) return undefined;
    if (m?.type === 'tab-status') sendResponse({ counts: page.counts, rows: page.rows, lists: page.lists });
    // The settings page's live check of a profile being edited: read this page with it, change nothing.
    if (m?.type === 'check-profile') {
      const profile = SiteProfileSchema.safeParse(m.profile);
      if (profile.success) sendResponse(checkProfile(document, profile.data));
    }
    return undefined;
  };
  const onStorage = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    const next = await readConfig();
    if (!next) return;
    config = next;
    controller.reconfigure(overlayConfig(next));
  };
  // A full-page flip (a server-rendered portal) must not lose the last rows read.
  const onPageHide = () => {
    if (sendTimer !== undefined) {
      clearTimeout(sendTimer);
      void flushOutbox();
    }
  };
  window.addEventListener('pagehide', onPageHide);
  api.runtime.onMessage.addListener(onMessage);
  api.storage.onChanged.addListener(onStorage);

  ctx.onInvalidated(() => {
    controller.stop();
    controller.clear();
    clearTimeout(sendTimer);
    window.removeEventListener('pagehide', onPageHide);
    api.runtime.onMessage.removeListener(onMessage);
    api.storage.onChanged.removeListener(onStorage);
    if (panelRoot) {
      render(null, panelRoot.lastElementChild as Element);
      panelRoot.host.remove();
    }
  });
}
