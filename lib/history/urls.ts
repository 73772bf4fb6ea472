/**
 * The only addresses the history keeps: a portal's http(s) origin, and URLs of that very origin.
 * A backup once carried `javascript:` in `origin`, `lastUrl` and `detailUrl`; such a value is refused
 * on import and stripped on recording, so no page can ever render another scheme as a link.
 */

/** True for an http(s) origin written exactly as the browser writes it (`https://host[:port]`). */
export function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** True for an absolute URL of `origin` (which must itself be an http(s) origin). */
export function isUrlOf(value: string, origin: string): boolean {
  try {
    return isWebOrigin(origin) && new URL(value).origin === origin;
  } catch {
    return false;
  }
}
