import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { browser as Browser } from 'wxt/browser';
import { createCalendar } from '../../lib/calendar';
import type { FlaggedRow } from '../../lib/overlay/state';
import type { Dossier } from '../../lib/dossier/schema';
import type { DocumentAction } from '../../lib/overlay/actions';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import type { PageConfig, TabStatus } from '../../lib/messaging/protocol';
import { backgroundSender } from '../../lib/messaging/send';
import { listenForPageData } from '../../lib/portal/igate';
import { OverlayController, type OverlayConfig, type PageState } from '../../lib/overlay/controller';
import type { LedgerRow } from '../../lib/overlay/actionable';
import { msUntil, nextChangeOfStanding } from '../../lib/overlay/clock';
import { offerChecker } from '../../lib/overlay/handoff';
import { Panel, PANEL_CSS } from '../../components/Panel';
import { ReadingHelp } from '../../components/ReadingHelp';
import { translate } from '../../lib/i18n/format';
import { overlayMessages } from '../../lib/i18n/overlay';
import { describeDiagnostic } from '../../lib/portal/diagnostics';
import { describePage } from '../../lib/portal/describe';
import { profileFromClicks, TEACH_FIELDS, type TeachClick } from '../../lib/portal/teach';
import { checkProfile, SiteProfileSchema, type ProfileCheck, type SiteProfile } from '../../lib/portal';

type Api = typeof Browser;
const SEND_DELAY_MS = 250;
/** Dossiers per 'observe' message: the background refuses more than 5,000 in one, and smaller
 * batches keep each of its writes short. A 50,000-row list goes out as 100 messages, one at a time. */
const OBSERVE_BATCH = 500;

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
  let outbox = new Map<string, FlaggedRow>();
  let sendTimer: ReturnType<typeof setTimeout> | undefined;

  /** When an observation is made: now, unless the officer chose to view the lists as of another time. */
  const seenAt = () => (config.asOfOverridden ? config.asOf : vietnamLocalTime());

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
      // The background saves it (the overlay carries no settings code); the storage change then
      // re-reads the page with it. A refusal is said in the panel and logged.
      const reply = await send({ type: 'save-site-profile', profile: result.profile });
      if (reply?.ok) helpMessage = translate(overlayMessages, config.language, 'teach.saved');
      else {
        if (reply) console.warn(`[Nhắc Hạn] the reading profile was not saved: ${reply.error}`);
        helpMessage = translate(overlayMessages, config.language, 'teach.not-saved');
      }
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

  /**
   * One document tab per gesture: the badge and the panel act on trusted events only, and a second
   * activation within a second (a double click, a key held down) opens nothing more.
   */
  let lastOpened = Number.NEGATIVE_INFINITY;
  const openDocument = (kind: DocumentAction, dossier: Dossier) => {
    const now = performance.now();
    if (now - lastOpened < 1000) return;
    lastOpened = now;
    void send({ type: 'open-letter', kind, url: location.href, dossier });
  };

  const paint = () => {
    if (!isTop || !config) return;
    if (!panelRoot) {
      // A page without dossiers gets nothing; one whose list could not be read says why, and offers teaching.
      if (page.lists === 0 && actionable.length === 0 && page.problems.length === 0) return;
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
        onDocument={(action, row) => openDocument(action, row.dossier)}
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

  /** Sends what was read, in batches, one after the other (the tab ledger is read-modify-write). */
  let sending: Promise<void> = Promise.resolve();
  const flushOutbox = () => {
    sendTimer = undefined;
    const rows = [...outbox.values()];
    outbox = new Map();
    sending = sending.then(async () => {
      for (let i = 0; i < rows.length; i += OBSERVE_BATCH) {
        const batch = rows.slice(i, i + OBSERVE_BATCH);
        const reply = await send({
          type: 'observe',
          url: location.href,
          seenAt: seenAt(),
          dossiers: batch.map((r) => r.dossier),
          flags: batch.map((r) => ({ code: r.dossier.code, standing: r.standing })),
        });
        if (reply?.ok && 'actionable' in reply) {
          actionable = reply.actionable;
          storageProblem = reply.problem;
        }
      }
      paint();
    });
    return sending;
  };

  /**
   * A tab left open all day: at each change of standing (an appointment passing, midnight) the rows
   * are judged again at the new time, without a reload. An as-of override is a fixed time: no timer.
   */
  let clockTimer: ReturnType<typeof setTimeout> | undefined;
  const armClock = () => {
    clearTimeout(clockTimer);
    if (config.asOfOverridden) return;
    // Capped at an hour: a machine waking from sleep is caught up within the hour at worst.
    const wait = Math.min(msUntil(nextChangeOfStanding(config.asOf, page.flagged)), 60 * 60 * 1000);
    clockTimer = setTimeout(() => void refreshConfig(), wait);
  };
  const refreshConfig = async () => {
    const next = await readConfig();
    if (!next || !ctx.isValid) return;
    config = next;
    controller.reconfigure(overlayConfig(next));
  };

  const controller = new OverlayController(document, overlayConfig(config), {
    onDossiers(rows) {
      for (const r of rows) outbox.set(r.dossier.code, r);
      if (sendTimer === undefined) sendTimer = setTimeout(() => void flushOutbox(), SEND_DELAY_MS);
    },
    onDetail(dossier) {
      void send({ type: 'detail', url: location.href, seenAt: seenAt(), dossier });
    },
    onState(state) {
      page = state;
      paint();
      armClock();
    },
    onDocument: openDocument,
  }, { lazyBadges: true });
  // iGate's own list JSON, handed over by the MAIN-world observer: what it handed over before this
  // script was injected comes now, before the first pass; what comes later re-reads the rows it names.
  const stopListening = listenForPageData(document, (codes) => controller.reread(codes));
  controller.start();

  const checkWith = (raw: unknown): ProfileCheck | undefined => {
    const profile = SiteProfileSchema.safeParse(raw);
    return profile.success ? checkProfile(document, profile.data) : undefined;
  };
  if (isTop) offerChecker(checkWith);
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: TabStatus | ProfileCheck | undefined) => void) => {
    const m = message as { type?: string; profile?: unknown } | null;
    if (!isTop) return undefined;
    if (m?.type === 'tab-status') sendResponse({ counts: page.counts, rows: page.rows, lists: page.lists });
    // The settings page's live check of a profile being edited: read this page with it, change nothing.
    if (m?.type === 'check-profile') sendResponse(checkWith(m.profile));
    return undefined;
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void refreshConfig();
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
    stopListening();
    controller.stop();
    controller.clear();
    clearTimeout(sendTimer);
    clearTimeout(clockTimer);
    window.removeEventListener('pagehide', onPageHide);
    api.runtime.onMessage.removeListener(onMessage);
    api.storage.onChanged.removeListener(onStorage);
    if (panelRoot) {
      render(null, panelRoot.lastElementChild as Element);
      panelRoot.host.remove();
    }
  });
}
