/**
 * The loader and the overlay it has injected run in the same isolated world of a frame (the page's
 * own scripts cannot see it). The overlay leaves its profile checker there, so the loader can answer
 * the settings page's live check once it had the overlay injected for it.
 */
const CHECKER = Symbol.for('nhac-han.check-profile');

export type ProfileChecker = (profile: unknown) => unknown;

export function offerChecker(check: ProfileChecker): void {
  (globalThis as Record<symbol, unknown>)[CHECKER] = check;
}

export function takeChecker(): ProfileChecker | undefined {
  return (globalThis as Record<symbol, unknown>)[CHECKER] as ProfileChecker | undefined;
}
