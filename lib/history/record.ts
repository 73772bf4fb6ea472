import { z } from 'zod';
import type { Dossier } from '../dossier/schema';
import { sameJson } from './canonical';
import type { DossierKey, HistoryDB } from './db';
import { HistoryError, storageError } from './errors';
import { appendStatus, unionEvents } from './events';
import { withKeys, withoutKeys } from './keys';
import { isUrlOf } from './urls';
import { MAX_DOSSIERS_PER_OBSERVATION, ObservationSchema, type Observation } from './observation';
import { OriginSchema, SnapshotSchema, TimeSchema, type StoredDossier } from './records';

/** The overlay's message, checked again on arrival, with real dates (no 2022-13-45). */
const ArrivingObservationSchema = z.object({
  ...ObservationSchema.shape,
  origin: OriginSchema,
  seenAt: TimeSchema,
  dossiers: z.array(SnapshotSchema).max(MAX_DOSSIERS_PER_OBSERVATION),
});

export function parseObservation(input: unknown): Observation {
  const parsed = ArrivingObservationSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HistoryError('invalid-observation', {
      detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

export interface RecordResult {
  /** Dossiers seen for the first time. */
  added: number;
  /** Dossiers whose snapshot changed (new status, dates, reason…). */
  changed: number;
  /** Dossiers seen again unchanged: only their last-seen time moved. */
  touched: number;
}

interface Sighting {
  dossier: Dossier;
  origin: string;
  url: string;
  seenAt: string;
}

/**
 * The batch's sightings grouped by dossier (origin + code), each group in time order: every sighting
 * is applied, so a status a dossier passed through between two messages is never lost.
 */
function sightingsByDossier(observations: readonly Observation[]): Sighting[][] {
  const groups = new Map<string, Sighting[]>();
  for (const o of observations) {
    for (const dossier of o.dossiers) {
      const key = `${o.origin}\u0000${dossier.code}`;
      const group = groups.get(key) ?? [];
      group.push({ dossier: withOwnDetailUrl(dossier, o.origin), origin: o.origin, url: o.url, seenAt: o.seenAt });
      groups.set(key, group);
    }
  }
  // A stable sort: sightings made at the same minute keep their arrival order.
  return [...groups.values()].map((group) => group.sort((a, b) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : 0)));
}

/** The page's URL is kept only when it is of the dossier's own portal. */
function withUrl(d: Omit<StoredDossier, 'lastUrl'>, url: string): StoredDossier {
  return url !== '' && isUrlOf(url, d.origin) ? { ...d, lastUrl: url } : d;
}

/** A detail link elsewhere than the portal itself (another scheme, another site) is not kept. */
function withOwnDetailUrl(dossier: Dossier, origin: string): Dossier {
  if (dossier.detailUrl === undefined || isUrlOf(dossier.detailUrl, origin)) return dossier;
  const { detailUrl: _dropped, ...rest } = dossier;
  return rest;
}

/** Codes shown beside the dossier's own, kept across sightings (a later page may omit them). */
function withAliases(d: StoredDossier, dossier: Dossier): StoredDossier {
  const aliases = [...new Set([...(d.aliases ?? []), ...(dossier.otherCodes ?? [])])].filter((c) => c !== d.code).sort();
  return aliases.length === 0 ? d : { ...d, aliases };
}

/** The stored dossier after one sighting, and what kind of change that was. */
function observe(existing: StoredDossier | undefined, s: Sighting): { next: StoredDossier; kind: keyof RecordResult } | null {
  if (!existing) {
    const next = withUrl(
      {
        origin: s.origin,
        code: s.dossier.code,
        firstSeen: s.seenAt,
        lastSeen: s.seenAt,
        snapshot: s.dossier,
        events: appendStatus([], s.dossier, s.seenAt),
      },
      s.url,
    );
    return { next, kind: 'added' };
  }
  const firstSeen = s.seenAt < existing.firstSeen ? s.seenAt : existing.firstSeen;
  // A sighting older than what we hold (a late message from another tab) keeps the newer snapshot,
  // but a status it shows that the events do not know at its time is still a change that happened.
  if (s.seenAt < existing.lastSeen) {
    const known = existing.events.filter((e) => e.seenAt <= s.seenAt);
    const missed = appendStatus(known, s.dossier, s.seenAt).slice(known.length);
    // The held snapshot is still the latest: its status, seen by `lastSeen`, closes the story again.
    const events = missed.length === 0 ? existing.events : appendStatus(unionEvents(existing.events, missed), existing.snapshot, existing.lastSeen);
    if (!sameJson(events, existing.events)) return { next: { ...existing, firstSeen, events }, kind: 'changed' };
    return firstSeen === existing.firstSeen ? null : { next: { ...existing, firstSeen }, kind: 'touched' };
  }
  const { lastUrl: _lastUrl, ...rest } = existing;
  if (sameJson(existing.snapshot, s.dossier)) {
    return { next: withUrl({ ...rest, firstSeen, lastSeen: s.seenAt }, s.url), kind: 'touched' };
  }
  const next = withUrl(
    { ...rest, firstSeen, lastSeen: s.seenAt, snapshot: s.dossier, events: appendStatus(existing.events, s.dossier, s.seenAt) },
    s.url,
  );
  return { next, kind: 'changed' };
}

const RANK: Record<keyof RecordResult, number> = { added: 0, changed: 1, touched: 2 };

/**
 * Writes a batch of observations in one transaction: either every dossier in it is recorded or,
 * on any failure (a full disk, say), none is and a typed error says why.
 */
export async function recordObservations(db: HistoryDB, observations: readonly unknown[]): Promise<RecordResult> {
  const valid = observations.map(parseObservation);
  const groups = sightingsByDossier(valid);
  const result: RecordResult = { added: 0, changed: 0, touched: 0 };
  if (groups.length === 0) return result;
  const tx = db.transaction('dossiers', 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    const existing = await Promise.all(groups.map(([s]) => tx.store.get([s!.origin, s!.dossier.code] satisfies DossierKey)));
    groups.forEach((group, i) => {
      const found = existing[i];
      let record = found && withoutKeys(found);
      let kind: keyof RecordResult | undefined;
      for (const s of group) {
        const outcome = observe(record, s);
        if (!outcome) continue;
        record = withAliases(outcome.next, s.dossier);
        // One count per dossier: added beats changed beats touched.
        if (kind === undefined || RANK[outcome.kind] < RANK[kind]) kind = outcome.kind;
      }
      if (kind === undefined || record === undefined) return;
      result[kind]++;
      requests.push(tx.store.put(withKeys(record)));
    });
    await Promise.all([...requests, tx.done]);
  } catch (error) {
    abortQuietly(tx);
    // Requests queued before the failure now reject with AbortError; they are settled here.
    await Promise.allSettled([...requests, tx.done]);
    throw storageError(error);
  }
  return result;
}

export function recordObservation(db: HistoryDB, observation: unknown): Promise<RecordResult> {
  return recordObservations(db, [observation]);
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failure itself.
  }
}

export interface RecorderOptions {
  /**
   * A fresh connection, for when the browser closed the one in use (storage cleared, disk error).
   * Tried `reconnectAttempts` times per flush, with a growing pause; without it, a closed
   * connection fails every flush until the extension restarts.
   */
  reconnect?: () => Promise<HistoryDB>;
  reconnectAttempts?: number;
  /** The first pause before reconnecting; doubled at each further attempt. */
  reconnectDelayMs?: number;
  /** Flush once this many dossiers are waiting. */
  maxDossiers?: number;
  /** Flush this long after the first waiting observation. */
  delayMs?: number;
  /** Failures of timed flushes (manual `flush()` calls reject instead). */
  onError?: (error: HistoryError) => void;
  /** Timed flushes that wrote their batch: a failure reported before is over. */
  onWritten?: (result: RecordResult) => void;
}

export interface Recorder {
  /** Validates at once (throws `HistoryError` 'invalid-observation') and queues for the next batch. */
  add(observation: unknown): void;
  /** Writes everything waiting in one transaction. A failed batch goes back to the queue. */
  flush(): Promise<RecordResult>;
  readonly pending: number;
}

/** True for the failure of using a connection the browser (or a newer version elsewhere) closed. */
export function isConnectionClosed(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'InvalidStateError') return true;
  return error instanceof HistoryError && error.cause !== undefined && isConnectionClosed(error.cause);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Gathers the overlay's messages so many page reads cost one transaction. */
export function createRecorder(db: HistoryDB, options: RecorderOptions = {}): Recorder {
  const maxDossiers = options.maxDossiers ?? 1000;
  const delayMs = options.delayMs ?? 500;
  const attempts = options.reconnectAttempts ?? 3;
  let current = db;
  let queue: Observation[] = [];
  let waiting = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const flush = (): Promise<RecordResult> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    waiting = 0;
    const run = chain.then(() => write(batch));
    chain = run.catch(() => {
      queue = [...batch, ...queue];
      waiting += batch.reduce((n, o) => n + o.dossiers.length, 0);
    });
    return run;
  };
  /** One batch, reconnecting a bounded number of times if the connection was closed under it. */
  const write = async (batch: Observation[]): Promise<RecordResult> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await recordObservations(current, batch);
      } catch (error) {
        if (!isConnectionClosed(error) || !options.reconnect) throw error;
        if (attempt >= attempts) throw new HistoryError('closed', { attempts }, { cause: error });
        await pause((options.reconnectDelayMs ?? 200) * 2 ** attempt);
        try {
          current = await options.reconnect();
        } catch (reopenError) {
          console.error('[Nhắc Hạn] history: reopening the database failed:', reopenError);
        }
      }
    }
  };
  const flushInBackground = () => {
    flush().then(
      (result) => options.onWritten?.(result),
      (error: unknown) => options.onError?.(storageError(error)),
    );
  };

  return {
    add(observation) {
      const valid = parseObservation(observation);
      queue.push(valid);
      waiting += valid.dossiers.length;
      if (waiting >= maxDossiers) flushInBackground();
      else timer ??= setTimeout(flushInBackground, delayMs);
    },
    flush,
    get pending() {
      return waiting;
    },
  };
}
