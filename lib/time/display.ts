/** Days and Vietnam local times as officers read them on screen: `dd/mm/yyyy` and `dd/mm/yyyy HH:mm`. */

/** `YYYY-MM-DD` → `dd/mm/yyyy`, the form officers read and type. */
export function showDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** `YYYY-MM-DDTHH:mm` → `dd/mm/yyyy HH:mm`. */
export function showLocalTime(value: string): string {
  return `${showDay(value.slice(0, 10))} ${value.slice(11, 16)}`;
}

/** A day or a local time as shown in tables and read-only facts; '' (or none) stays ''. */
export function shortTime(value: string | undefined): string {
  if (!value) return '';
  return value.length > 10 ? showLocalTime(value) : showDay(value);
}
