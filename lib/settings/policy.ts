import { FIELD_ORDER, type FieldPath } from './fields';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields an administrator's policy (`storage.managed`) sets, in the form's order. */
export function policyFields(managed: unknown): FieldPath[] {
  if (!isRecord(managed)) return [];
  const set = new Set<string>();
  for (const [key, value] of Object.entries(managed)) {
    if (isRecord(value)) for (const sub of Object.keys(value)) set.add(`${key}.${sub}`);
    else set.add(key);
  }
  return FIELD_ORDER.filter((field) => set.has(field));
}
