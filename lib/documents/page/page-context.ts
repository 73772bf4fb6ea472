/**
 * What every document page reads first: the settings, the interface language, the as-of time
 * (settings.asOf, or now in Vietnam) and the office's working-day calendar.
 */
import { createCalendar, type Calendar } from '../../calendar';
import type { Language } from '../../i18n/format';
import type { Settings } from '../../settings/schema';
import { loadSettings } from '../../settings/storage';
import { vietnamLocalTime } from '../../time/vietnam';
import { inDateWindow } from '../../time/window';

export interface PageContext {
  settings: Settings;
  lang: Language;
  asOf: string;
  asOfOverridden: boolean;
  calendar: Calendar;
}

export async function loadPageContext(): Promise<PageContext> {
  const settings = await loadSettings();
  // An as-of override outside the date window is ignored, as the background ignores it for the overlay.
  const overridden = settings.asOf !== '' && inDateWindow(settings.asOf);
  return {
    settings,
    lang: settings.language,
    asOf: overridden ? settings.asOf : vietnamLocalTime(),
    asOfOverridden: overridden,
    calendar: createCalendar(settings.calendar),
  };
}
