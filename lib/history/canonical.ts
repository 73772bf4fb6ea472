/**
 * A deep copy with every object's keys in sorted order, so two values that mean the same serialise
 * alike whatever order their keys were written in (a portal reading vs. a backup, for instance).
 */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = canonical((value as Record<string, unknown>)[k]);
  return sorted as T;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
