/**
 * Runs `task` alone among every holder of `name`: across the extension's pages with the Web Locks API
 * (two records tabs uploading at once used to read, modify and write the same value, and the first
 * upload was lost), and within one context by a queue where that API is missing (Node, in tests).
 */
const queues = new Map<string, Promise<unknown>>();

export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // The lock is held until the task's promise settles.
  if (locks) return locks.request(name, task).then((result) => result);
  const run = (queues.get(name) ?? Promise.resolve()).then(task);
  queues.set(name, run.catch(() => undefined));
  return run;
}
