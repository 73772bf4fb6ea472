/**
 * The page's own data on iGate: the records of `/pa/dossier/search` (portal.md §3.1), handed over by
 * the MAIN-world observer (`igate-observer.ts`), validated here on receipt, turned into dossier
 * fields and kept per document. The list reader matches rows to records by code; the JSON wins where
 * both say something, the DOM stays the fallback (and the only source on every other portal).
 */
import { z } from 'zod/mini';
import type { Dossier } from '../dossier/schema';
import { scanDates } from './dates';
import { MAX_OTHER_CODES } from './cells';
import { IGATE_EVENT, IGATE_MAX_RECORDS, IGATE_REPLAY_EVENT } from './igate-observer';
import { clip, squash } from './text';
import { applicantName, findPhone, normaliseStatus } from './values';

/** iGate's language id for Vietnamese in `translate`/`name` arrays (portal.md S2). */
const VIETNAMESE = 228;

const Named = z.union([
  z.string(),
  z.looseObject({ name: z.optional(z.nullable(z.string())) }),
  z.array(z.looseObject({ languageId: z.optional(z.nullable(z.number())), name: z.optional(z.nullable(z.string())) })),
]);
const When = z.optional(z.nullable(z.string().check(z.maxLength(64))));

export const IgateItemSchema = z.looseObject({
  code: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The national (liên thông) code of the same record (portal-reference.md §3.1, [E S4]). */
  nationCode: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  appliedDate: When,
  acceptedDate: When,
  appointmentDate: When,
  completedDate: When,
  returnedDate: When,
  dossierStatus: z.optional(z.nullable(z.looseObject({ name: z.optional(z.nullable(Named)) }))),
  procedure: z.optional(z.nullable(z.looseObject({ translate: z.optional(z.nullable(Named)) }))),
  applicant: z.optional(
    z.nullable(
      z.looseObject({
        data: z.optional(
          z.nullable(
            z.looseObject({
              fullname: z.optional(z.nullable(z.string())),
              ownerFullname: z.optional(z.nullable(z.string())),
              phoneNumber: z.optional(z.nullable(z.string())),
            }),
          ),
        ),
      }),
    ),
  ),
  agency: z.optional(z.nullable(z.looseObject({ name: z.optional(z.nullable(Named)) }))),
});

/** What crosses from the page's world, as received (a JSON string in the event's detail). */
export const IgateHandOverSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  content: z.array(z.unknown()).check(z.maxLength(IGATE_MAX_RECORDS)),
});

function nameOf(value: z.infer<typeof Named> | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return squash(value) || undefined;
  if (Array.isArray(value)) {
    const pick = value.find((v) => v.languageId === VIETNAMESE) ?? value[0];
    return squash(pick?.name ?? '') || undefined;
  }
  return squash(value.name ?? '') || undefined;
}

function when(value: string | null | undefined): string | undefined {
  return value ? scanDates(value, 'auto').dates[0]?.value : undefined;
}

/** One search record → the dossier fields it gives (only those it has). */
export function dossierFromIgate(item: z.infer<typeof IgateItemSchema>): Partial<Dossier> & { code: string } {
  const out: Partial<Dossier> & { code: string } = { code: item.code };
  // One record holding both codes is the evidence the history links them on.
  const national = squash(item.nationCode ?? '');
  if (national && national !== item.code) out.otherCodes = [national];
  const set = <K extends keyof Dossier>(key: K, value: Dossier[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set('submittedAt', when(item.appliedDate));
  set('receivedAt', when(item.acceptedDate));
  const due = when(item.appointmentDate);
  if (due) {
    out.dueAt = due;
    out.dueDateOnly = false;
  }
  set('finishedAt', when(item.completedDate));
  set('returnedAt', when(item.returnedDate));
  const status = nameOf(item.dossierStatus?.name);
  if (status) {
    out.statusText = clip(status, 500);
    out.status = normaliseStatus(status);
  }
  const procedure = nameOf(item.procedure?.translate);
  if (procedure) out.procedure = clip(procedure);
  const data = item.applicant?.data;
  const person = data?.ownerFullname ?? data?.fullname;
  if (person && squash(person)) out.applicant = clip(applicantName(person));
  const phone = data?.phoneNumber ? findPhone(data.phoneNumber) : undefined;
  if (phone) out.phone = phone.phone;
  const agency = nameOf(item.agency?.name);
  if (agency) out.receivingAgency = clip(agency);
  return out;
}

/** Records of one hand-over, by code; items that are not iGate records are skipped. */
export function recordsFromHandOver(detail: unknown): Map<string, Partial<Dossier>> {
  const out = new Map<string, Partial<Dossier>>();
  let parsed: unknown = detail;
  if (typeof detail === 'string') {
    try {
      parsed = JSON.parse(detail);
    } catch {
      return out;
    }
  }
  const handOver = IgateHandOverSchema.safeParse(parsed);
  if (!handOver.success) return out;
  for (const raw of handOver.data.content) {
    const item = IgateItemSchema.safeParse(raw);
    if (item.success) out.set(item.data.code, dossierFromIgate(item.data));
  }
  return out;
}

/**
 * The page's own record for a row laid over what its cells gave: the record wins field by field,
 * but the cells' other codes are evidence too and are kept beside the record's.
 */
export function mergePageRecord(draft: Partial<Dossier>, record: Partial<Dossier>): void {
  const code = record.code ?? draft.code;
  const otherCodes = [...new Set([...(draft.otherCodes ?? []), ...(record.otherCodes ?? [])])].filter((c) => c !== code);
  Object.assign(draft, record);
  if (otherCodes.length > 0) draft.otherCodes = otherCodes.slice(0, MAX_OTHER_CODES);
}

const pageRecords = new WeakMap<Document, Map<string, Partial<Dossier>>>();

/** The page's own record for a code, when its JSON was seen. */
export function pageRecord(doc: Document | null | undefined, code: string): Partial<Dossier> | undefined {
  return doc ? pageRecords.get(doc)?.get(code) : undefined;
}

/** Keeps records for the reader (newer ones replace older ones of the same code). */
export function rememberPageRecords(doc: Document, records: Map<string, Partial<Dossier>>): void {
  const kept = pageRecords.get(doc) ?? new Map<string, Partial<Dossier>>();
  for (const [code, record] of records) kept.set(code, record);
  pageRecords.set(doc, kept);
}

/**
 * The content script's side of the channel: validates what the observer hands over and keeps it;
 * `onRecords` gets the codes of each hand-over (rows already read show the JSON only once read
 * again). On start it asks the observer for the responses it kept: the page's first list was
 * fetched before this script was injected.
 */
export function listenForPageData(doc: Document, onRecords?: (codes: ReadonlySet<string>) => void): () => void {
  const listener = (event: Event): void => {
    const records = recordsFromHandOver((event as CustomEvent<unknown>).detail);
    if (records.size === 0) return;
    rememberPageRecords(doc, records);
    onRecords?.(new Set(records.keys()));
  };
  doc.addEventListener(IGATE_EVENT, listener);
  // Answered synchronously (a DOM event crosses worlds at once), before any newer hand-over.
  doc.dispatchEvent(new (doc.defaultView ?? globalThis).CustomEvent(IGATE_REPLAY_EVENT));
  return () => doc.removeEventListener(IGATE_EVENT, listener);
}
