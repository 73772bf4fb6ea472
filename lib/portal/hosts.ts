/**
 * The one-stop portal hosts the extension works on out of the box (manifest `matches` and
 * `host_permissions`). Any other portal origin is enabled by the officer from the popup, which asks
 * the browser for that origin alone (optional host permission) and registers the content script there.
 *
 * Officer sites follow `motcua.<province>.gov.vn` (VNPT iGate, portal.md S5/S6) and
 * `<province>.motcua.vnpt.vn`; a few ministries run their own (`motcua.<ministry>.gov.vn`).
 */
export const KNOWN_PORTAL_MATCHES = [
  'https://*.motcua.vnpt.vn/*',
  'https://motcua.gialai.gov.vn/*',
  'https://motcua.cantho.gov.vn/*',
  'https://motcua.moh.gov.vn/*',
  'https://motcua.mod.gov.vn/*',
  'https://motcuabxd.moc.gov.vn/*',
  'https://*.vnptigate.vn/*',
];
