import { handleDemoRequest } from '../../../scripts/demo-server';
import type { Dossier } from '../../../lib/dossier/schema';
import { pageFromHtml } from './load';

export const DEMO_ORIGIN = 'http://127.0.0.1:5173';

/** A demo portal page as the demo server serves it, parsed at its own URL (its scripts not run). */
export async function demoPage(path: string): Promise<Document> {
  const url = new URL(path, DEMO_ORIGIN);
  const response = await handleDemoRequest(url);
  if (response.status !== 200) throw new Error(`demo server answered ${response.status} for ${path}`);
  return pageFromHtml(response.body.toString('utf8'), url.href);
}

/** The named fields of a record, so a failing comparison names the field. */
export function pick(d: Partial<Dossier> | undefined, fields: readonly (keyof Dossier)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = d?.[f];
  return out;
}

/** A date-only page shows the day alone: compare the day. */
export function day(value: string | undefined): string | undefined {
  return value?.slice(0, 10);
}
