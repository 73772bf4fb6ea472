import { isBadge } from './badge';
import { DIALOGS, LIST_CANDIDATES } from '../portal/selectors';

/**
 * Elements that can hold a dossier list; their absence keeps a pass to this one cheap query. The
 * reader's own candidates (lib/portal/selectors.ts, the one selector map): a grid the reader can
 * read must never be skipped here (an AG Grid with grouped rows is a treegrid).
 */
export const LIST_HINT = LIST_CANDIDATES;

/** What arriving in the page can change the overlay: a list or a modal. */
const WATCHED = `${LIST_HINT},${DIALOGS}`;

/**
 * Whether a burst of mutations can change what the overlay shows. Once lists are known, a clock
 * ticking in the page's header or a menu opening elsewhere costs this test, not a pass over every
 * row: only changes inside a known list, a list or modal arriving, or a list leaving count.
 */
export function concerns(records: MutationRecord[], lists: readonly Element[]): boolean {
  if (lists.length === 0) return !records.every(isOwnMutation); // still looking: every change may be the one
  const inList = (node: Node) => lists.some((list) => list.contains(node));
  for (const record of records) {
    if (isOwnMutation(record)) continue;
    if (inList(record.target)) return true;
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && ((node as Element).matches(WATCHED) || (node as Element).querySelector(WATCHED))) return true;
    }
    for (const node of record.removedNodes) if (lists.some((list) => node === list || node.contains(list))) return true;
  }
  return false;
}

/** The overlay's own badges coming and going. */
function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!isBadge(node)) return false;
  for (const node of record.removedNodes) if (!isBadge(node)) return false;
  return true;
}
