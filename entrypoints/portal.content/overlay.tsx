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
import { ReadingHelp } from '../../components/ReadingHelp';
import { translate } from '../../lib/i18n/format';
import { overlayMessages } from '../../lib/i18n/overlay';
import { describeDiagnostic } from '../../lib/portal/diagnostics';
import { describePage } from '../../lib/portal/describe';
import { profileFromClicks, TEACH_FIELDS, type TeachClick } from '../../lib/portal/teach';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
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

  // "Chỉ cho Nhắc Hạn cột nào là gì": the next clicks on the page name cells, in TEACH_FIELDS order.
  let teaching: TeachClick[] | undefined;
  let helpMessage: string | undefined;
  const onTeachClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!teaching || !target || (panelRoot && panelRoot.host.contains(target))) return;
    // The click names a cell; it must not also follow the cell's link.
    event.preventDefault();
    event.stopPropagation();
    teaching.push({ field: TEACH_FIELDS[teaching.length]!, target });
    if (teaching.length >= TEACH_FIELDS.length) void finishTeaching();
    else paint();
  };
  const stopTeaching = () => {
    teaching = undefined;
    document.removeEventListener('click', onTeachClick, true);
    paint();
  };
  const startTeaching = () => {
    teaching = [];
    helpMessage = undefined;
    document.addEventListener('click', onTeachClick, true);
    paint();
  };
  const finishTeaching = async () => {
    const clicks = teaching ?? [];
    stopTeaching();
    if (!config) return;
    const result = profileFromClicks(document, location.origin, clicks, document.title.slice(0, 200));
    if ('problem' in result) helpMessage = describeDiagnostic(result.problem, config.language);
    else {
      // Saved like the settings page saves it; the storage change then re-reads the page with it.
      const settings = await loadSettings();
      await saveSettings({ ...settings, siteProfiles: [...settings.siteProfiles.filter((p) => p.origin !== location.origin), result.profile] });
      helpMessage = translate(overlayMessages, config.language, 'teach.saved');
    }
    paint();
  };
  // "Lưu mô tả trang": the page's structure with every cell value replaced, as a file.
  const saveDescription = () => {
    if (!panelRoot) return;
    const blob = new Blob([JSON.stringify(describePage(document), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `mo-ta-trang-${location.hostname}.json`;
    panelRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

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
        help={
          <ReadingHelp
            language={config.language}
            asking={teaching ? TEACH_FIELDS[teaching.length] : undefined}
            message={helpMessage}
            onTeach={startTeaching}
            onDescribe={saveDescription}
            onSave={() => void finishTeaching()}
            onCancel={stopTeaching}
          />
        }
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
    document.removeEventListener('click', onTeachClick, true);
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
