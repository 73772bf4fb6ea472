/**
 * The one-stop portal hosts the extension works on out of the box (manifest `matches` and
 * `host_permissions`). Any other portal origin is enabled by the officer from the popup, which asks
 * the browser for that origin alone (optional host permission) and registers the content script there.
 *
 * Only hosts seen in public sources are listed (docs/portal-reference.md §1): iGate officer sites under
 * `<province>.motcua.vnpt.vn` (S5), Cần Thơ (S6), the ministries of Health and Construction (S8) and
 * Defence (S15). A province whose officer host is not known here (Gia Lai's was not seen) is
 * enabled from the popup, one origin at a time.
 */
export const KNOWN_PORTAL_MATCHES = [
  'https://*.motcua.vnpt.vn/*',
  'https://motcua.cantho.gov.vn/*',
  'https://motcua.moh.gov.vn/*',
  'https://motcua.mod.gov.vn/*',
  'https://motcuabxd.moc.gov.vn/*',
];
