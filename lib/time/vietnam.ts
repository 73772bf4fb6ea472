/** Vietnam keeps UTC+7 all year, so its wall clock is a fixed shift of UTC: no time-zone database needed. */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Vietnam local time of an instant, as `YYYY-MM-DDTHH:mm`. */
export function vietnamLocalTime(epochMs: number = Date.now()): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a Vietnam local time `YYYY-MM-DDTHH:mm` (when the overlay's clock or an alarm is due). */
export function vietnamEpoch(local: string): number {
  return Date.parse(`${local}:00Z`) - OFFSET_MS;
}

/** The Vietnam calendar year of an instant (no string built: the date window asks this for every date it checks). */
export function vietnamYear(epochMs: number = Date.now()): number {
  return new Date(epochMs + OFFSET_MS).getUTCFullYear();
}
