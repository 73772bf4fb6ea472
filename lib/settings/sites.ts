import { MatchPattern } from 'wxt/utils/match-patterns';
import { KNOWN_PORTAL_MATCHES } from '../portal/hosts';

/**
 * Where the popup was opened, as far as Nhắc Hạn is concerned:
 * - `not-web`: not an http(s) page (a new tab, the browser's own pages, a PDF viewer);
 * - `known`: a built-in portal, covered by the manifest;
 * - `enabled`: a site the officer enabled, with the browser's permission still granted;
 * - `not-enabled`: any other web page (including an enabled site whose permission was revoked).
 */
export type SiteAccess =
  | { kind: 'not-web' }
  | { kind: 'known' | 'enabled' | 'not-enabled'; origin: string };

const KNOWN_PATTERNS = KNOWN_PORTAL_MATCHES.map((pattern) => new MatchPattern(pattern));

/** The origin of an http(s) address, or undefined for anything else. */
export function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export function isKnownPortal(url: string): boolean {
  return KNOWN_PATTERNS.some((pattern) => pattern.includes(url));
}

/** The permission pattern the popup asks for: that origin alone. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** `granted` is the browser's answer for the origin's pattern; it is only asked for listed origins. */
export function siteAccess(url: string | undefined, portalOrigins: readonly string[], granted: boolean): SiteAccess {
  const origin = webOrigin(url);
  if (!origin || !url) return { kind: 'not-web' };
  if (isKnownPortal(url)) return { kind: 'known', origin };
  if (portalOrigins.includes(origin) && granted) return { kind: 'enabled', origin };
  return { kind: 'not-enabled', origin };
}

/**
 * What the officer typed into "add a site" → the origin the permission is asked for. Accepts a bare
 * host (`motcua.example.gov.vn`, taken as https) or any address on the site.
 */
export function normaliseOrigin(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
  return url.origin;
}
