import { useMemo, useState } from 'preact/hooks';
import { createCalendar, monthGrid, monthsOf, noScheduleNotices, yearScheduleErrorText } from '../../lib/calendar';
import { formatYearSchedule, parseYearSchedule, type YearSchedule } from '../../lib/calendar/year-schedule';
import { calendarMessages, type CalendarKey } from '../../lib/i18n/calendar';
import { translate, type Language, type Params } from '../../lib/i18n/format';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';

interface YearScheduleSectionProps {
  lang: Language;
  /** The settings in force (a policy's loaded years included). */
  saved: Settings;
  /** "Today" in Vietnam (or the as-of override): which years to warn about. */
  asOf: string;
  onSaved(settings: Settings): void;
}

/** The loaded list with `schedule` in place of its year's entry, sorted by year. */
const withYear = (list: readonly YearSchedule[], schedule: YearSchedule) =>
  [...list.filter((s) => s.year !== schedule.year), schedule].sort((a, b) => a.year - b.year);

/**
 * Settings → "Lịch nghỉ chính thức của một năm": paste a notice's days once, see them as month
 * calendars, load them. Loading saves at once and alone, so a bad paste never reaches storage and
 * the rest of the settings form keeps its own draft.
 */
export function YearScheduleSection({ lang, saved, asOf, onSaved }: YearScheduleSectionProps) {
  const t = (key: CalendarKey, params?: Params) => translate(calendarMessages, lang, key, params);
  const thisYear = Number(asOf.slice(0, 4));
  const inForce = useMemo(() => createCalendar(saved.calendar), [saved]);
  const missing = [thisYear, thisYear + 1].filter((year) => !inForce.hasOfficialSchedule(year));
  const [yearText, setYearText] = useState(String(missing[0] ?? thisYear + 1));
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [busy, setBusy] = useState(false);

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : NaN;
  const yearOk = year >= 1900 && year <= 2199;
  const result = useMemo(() => (yearOk && text.trim() !== '' ? parseYearSchedule(year, text, source) : undefined), [year, yearOk, text, source]);
  const schedule = result?.ok ? result.schedule : undefined;
  const preview = useMemo(
    () => (schedule ? createCalendar({ ...saved.calendar, yearSchedules: withYear(saved.calendar.yearSchedules, schedule) }) : undefined),
    [schedule, saved],
  );

  const store = async (yearSchedules: YearSchedule[], done: string) => {
    setBusy(true);
    try {
      const current = await loadSettings();
      const stored = await saveSettings({ ...current, calendar: { ...current.calendar, yearSchedules } });
      onSaved(stored);
      setNotice({ tone: 'success', text: done });
    } catch (error) {
      setNotice({ tone: 'error', text: t('ys.saveFailed', { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const weekdays = t('ys.weekdays').split(',');
  return (
    <Section id="year-schedule" title={t('ys.title')} intro={t('ys.intro')}>
      {noScheduleNotices(missing, lang).map((line) => (
        <p key={line} class="notice notice-warning">
          {line}
        </p>
      ))}

      {saved.calendar.yearSchedules.length > 0 && (
        <div class="field">
          <p>
            <strong>{t('ys.loaded')}</strong>
          </p>
          <ul>
            {saved.calendar.yearSchedules.map((s) => (
              <li key={s.year}>
                {t('ys.loadedItem', { year: s.year, off: s.daysOff.length, work: s.workingDays.length, source: s.source })}{' '}
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => {
                    setYearText(String(s.year));
                    setSource(s.source);
                    setText(formatYearSchedule(s));
                  }}
                >
                  {t('ys.edit')}
                </button>{' '}
                <button
                  type="button"
                  class="button-quiet"
                  disabled={busy}
                  onClick={() => void store(saved.calendar.yearSchedules.filter((o) => o.year !== s.year), t('ys.removed', { year: s.year }))}
                >
                  {t('ys.remove', { year: s.year })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <Field id="ys-year" label={t('ys.year')} error={yearOk ? undefined : t('ys.badYear')}>
        {(control) => <input {...control} type="text" inputMode="numeric" size={6} value={yearText} onInput={(e) => setYearText(e.currentTarget.value)} />}
      </Field>
      <Field id="ys-source" label={t('ys.source')} help={t('ys.sourceHelp')}>
        {(control) => <input {...control} type="text" class="input-text" value={source} onInput={(e) => setSource(e.currentTarget.value)} />}
      </Field>
      <Field
        id="ys-text"
        label={t('ys.text')}
        help={t('ys.textHelp')}
        error={result && !result.ok ? `${t('ys.errors')} ${t('ys.nothingSaved')}` : undefined}
        note={
          result && !result.ok ? (
            <ul class="ys-errors">
              {result.errors.map((e) => (
                <li key={`${e.line}-${e.code}`}>{yearScheduleErrorText(e, lang)}</li>
              ))}
            </ul>
          ) : undefined
        }
      >
        {(control) => <textarea {...control} rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
      </Field>

      {schedule && preview && (
        <div class="ys-preview" aria-label={t('ys.preview')}>
          <p>
            <strong>{t('ys.preview')}</strong> {t('ys.legend')}
          </p>
          {monthsOf([...schedule.daysOff, ...schedule.workingDays].map((d) => d.day)).map((month) => (
            <table key={month} class="ys-month">
              <caption>{t('ys.month', { month: String(month).padStart(2, '0'), year: schedule.year })}</caption>
              <thead>
                <tr>
                  {weekdays.map((w) => (
                    <th key={w} scope="col">
                      {w}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(schedule.year, month, preview).map((week, i) => (
                  <tr key={i}>
                    {week.map((cell, j) =>
                      cell ? (
                        <td key={j} class={cell.madeUp ? 'ys-made-up' : cell.working ? '' : 'ys-off'} title={cell.name ?? ''} data-day={cell.day}>
                          {cell.date}
                        </td>
                      ) : (
                        <td key={j} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          <p class="section-actions">
            <button
              type="button"
              class="button-primary"
              disabled={busy}
              onClick={() =>
                void store(
                  withYear(saved.calendar.yearSchedules, schedule),
                  t('ys.applied', { year: schedule.year, off: schedule.daysOff.length, work: schedule.workingDays.length }),
                )
              }
            >
              {t('ys.apply', { year: schedule.year })}
            </button>
          </p>
        </div>
      )}
      <Notice message={notice} />
    </Section>
  );
}
