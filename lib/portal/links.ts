/**
 * Absolute detail links, cheaply. A list of 2,000 rows has 2,000 links, and `new URL` for each was
 * a fifth of the reader's time in Chromium (CPU profile, bench/fixtures/big-list). Most portal links
 * are plain relative paths ("chi-tiet.html?id=5", "/hoso/xem?id=5"): for those, the WHATWG parser's
 * result is the base's directory (or origin) followed by the link unchanged, so it is concatenated.
 * Anything else (dot segments, schemes, characters the parser would encode, a bare query) takes
 * `new URL`, so every result is what the parser gives.
 */

/** Characters that the URL parser leaves as they are in a path and a query of an http(s) URL. */
const PLAIN = /^[A-Za-z0-9\-._~!$&()*+,;=@%/?]+$/;
/** A "." or ".." path segment (also spelt "%2e"), which the parser resolves. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:[/?]|$)|%2e/i;

export type LinkResolver = (href: string) => string | undefined;

function resolver(base: string | undefined): LinkResolver {
  let parsed: URL | undefined;
  try {
    parsed = base === undefined ? undefined : new URL(base);
  } catch {
    parsed = undefined;
  }
  const web = parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed : undefined;
  const directory = web ? new URL('./', web).href : undefined;
  return (href) => {
    if (web && directory && PLAIN.test(href) && !href.startsWith('//') && !href.startsWith('?') && !DOT_SEGMENT.test(href.split('?', 1)[0]!)) {
      return href.startsWith('/') ? web.origin + href : directory + href;
    }
    try {
      return new URL(href, base).href;
    } catch {
      return undefined;
    }
  };
}

let last: { base: string | undefined; resolve: LinkResolver } | undefined;

/** The resolver for links against `base` (a list's rows share one base: the last one is kept). */
export function linksAgainst(base: string | undefined): LinkResolver {
  if (last?.base !== base || !last) last = { base, resolve: resolver(base) };
  return last.resolve;
}
