/**
 * One document tab per gesture, checked here too: the content script opens a document only on a
 * trusted click and once a second, and a page that found a way around it still gets one tab a
 * second at most. Kept in memory: a restarted worker forgets, which only lets one more tab through.
 */
const GESTURE_MS = 1000;
const lastOpened = new Map<number, number>();

export function allowDocumentTab(tabId: number | undefined, now: number = Date.now()): boolean {
  if (tabId === undefined) return true; // not from a page in a tab: nothing to hold back
  const last = lastOpened.get(tabId);
  if (last !== undefined && now - last < GESTURE_MS) return false;
  lastOpened.set(tabId, now);
  return true;
}

export function forgetTabGestures(tabId: number): void {
  lastOpened.delete(tabId);
}
