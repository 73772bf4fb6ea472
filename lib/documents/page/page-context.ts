/**
 * What every document page reads first: the settings, the interface language, the as-of time
 * (settings.asOf, or now in Vietnam) and the office's working-day calendar.
 */
import { createCalendar, type Calendar } from '../../calendar';
import type { Language } from '../../i18n/format';
import type { Settings } from '../../settings/schema';
import { loadSettings } from '../../settings/storage';
import { vietnamLocalTime } from '../../time/vietnam';

export interface PageContext {
  settings: Settings;
  lang: Language;
  asOf: string;
  asOfOverridden: boolean;
  calendar: Calendar;
}

export async function loadPageContext(): Promise<PageContext> {
  const settings = await loadSettings();
  return {
    settings,
    lang: settings.language,
    asOf: settings.asOf || vietnamLocalTime(),
    asOfOverridden: settings.asOf !== '',
    calendar: createCalendar(settings.calendar),
  };
}
