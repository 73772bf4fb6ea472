/**
 * Built-in profiles for the portal families (docs/portal-reference.md §2), chosen by URL and by what the page
 * contains, and the live check the settings page runs on a user profile.
 */
import { locateDossierLists } from './list';
import type { SiteProfile } from './site-profile';
import type { Dossier } from '../dossier/schema';

interface BuiltinProfile {
  profile: SiteProfile;
  /** Host or path patterns of the family. */
  url?: RegExp;
  /** An element only this family's pages have. */
  marker: string;
}

/** Ordered: the first family whose URL or marker matches is chosen. */
export const BUILTIN_PROFILES: readonly BuiltinProfile[] = [
  {
    profile: { origin: '*', name: 'VNPT iGate (Angular)', listSelector: 'mat-table, table[mat-table], .mat-mdc-table', columns: {}, dateOrder: 'dmy' },
    url: /(?:^|\.)(?:motcua\.[a-z-]+\.gov\.vn|[a-z-]+\.motcua\.vnpt\.vn|[a-z-]*vnptigate\.vn|motcuabxd\.moc\.gov\.vn)$|\/vi\/dossier\//,
    marker: 'app-root mat-table, app-root .mat-table, app-root table[mat-table], app-root .mat-mdc-table',
  },
  {
    profile: { origin: '*', name: 'Một cửa R3 / e-par (PHP)', listSelector: 'table.adminlist', columns: {}, dateOrder: 'dmy' },
    marker: 'table.adminlist, select[name="sel_goto_page"]',
  },
  {
    profile: { origin: '*', name: 'ASP.NET DataGrid', columns: {}, dateOrder: 'dmy' },
    url: /\.aspx(?:$|\?)/i,
    marker: 'form#aspnetForm, input[name="__VIEWSTATE"], tr[class*="DatagridHeader" i]',
  },
  {
    profile: { origin: '*', name: 'React / Ant Design (DVC Thanh Hóa)', listSelector: '.ant-table-wrapper', columns: {}, dateOrder: 'dmy' },
    url: /\/dvc\/(?:theo-doi-ho-so|xu-ly-ho-so)\//,
    marker: '.ant-table-wrapper',
  },
  {
    profile: { origin: '*', name: 'OpenCPS (Vuetify)', listSelector: '.v-datatable, .v-data-table', columns: {}, dateOrder: 'dmy' },
    url: /opencps/i,
    marker: '.v-datatable, .v-data-table',
  },
];

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function has(root: ParentNode, selector: string): boolean {
  try {
    return root.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

/**
 * The profile to read `root` with: the officer's own profile for this origin first, then the
 * built-in family recognised by URL, then by markup; undefined means the generic reader alone.
 */
export function chooseProfile(url: string, root: ParentNode, userProfiles: readonly SiteProfile[] = []): SiteProfile | undefined {
  const origin = originOf(url);
  const own = userProfiles.find((p) => p.origin === origin);
  if (own) return own;
  let host = '';
  let path = '';
  try {
    const u = new URL(url);
    host = u.hostname;
    path = u.pathname;
  } catch {
    // An unparsable URL leaves only the markup to go by.
  }
  const byUrl = BUILTIN_PROFILES.find((b) => b.url && (b.url.test(host) || b.url.test(path)) && has(root, b.marker));
  const found = byUrl ?? BUILTIN_PROFILES.find((b) => has(root, b.marker));
  return found ? { ...found.profile, origin: origin ?? '*' } : undefined;
}

export interface ProfileCheck {
  rows: number;
  /** Record field → in how many rows it was read (an `unknown` status does not count). */
  fields: Partial<Record<keyof Dossier, number>>;
}

/** How many dossier rows the profile finds on this page, and in how many rows each field was read. */
export function checkProfile(root: ParentNode, profile: SiteProfile): ProfileCheck {
  const fields: ProfileCheck['fields'] = {};
  let rows = 0;
  for (const view of locateDossierLists(root, profile)) {
    for (const row of view.rowElements()) {
      const read = view.readRow(row);
      if (!read) continue;
      rows++;
      const record: Partial<Dossier> = read.dossier ?? {};
      for (const key of Object.keys(record) as Array<keyof Dossier>) {
        if (key === 'status' && record.status === 'unknown') continue;
        fields[key] = (fields[key] ?? 0) + 1;
      }
    }
  }
  return { rows, fields };
}
