import { parseDayList } from '../../lib/time/day-entry';
import { showDay } from '../../lib/time/display';
import { Section } from '../../components/pages/Section';
import { CheckField, TextAreaField, type FormBinding } from './fields';

const DAY_FIELDS = ['calendar.extraDaysOff', 'calendar.extraWorkingDays'] as const;
const FIELDS = ['calendar.useOfficialSchedules', 'calendar.saturdayIsWorkingDay', ...DAY_FIELDS] as const;

export function CalendarSection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section
      id="calendar"
      title={t('section.calendar')}
      intro={t('section.calendar.intro')}
      reset={{ label: t('options.reset'), onReset: () => form.reset(FIELDS) }}
    >
      <CheckField form={form} field="calendar.useOfficialSchedules" />
      <CheckField form={form} field="calendar.saturdayIsWorkingDay" />
      {DAY_FIELDS.map((field) => {
        const { days, bad } = parseDayList(form.draft.text[field]);
        const note = days.length > 0 ? t('days.understood', { count: days.length, days: days.map(showDay).join(', ') }) : t('days.none');
        // Once every line is understood, rewrite the list in one form, sorted, so the officer sees what counts.
        const tidy = () => {
          if (bad.length === 0) form.setText(field, days.map(showDay).join('\n'));
        };
        return <TextAreaField key={field} form={form} field={field} rows={5} note={note} onBlur={tidy} />;
      })}
    </Section>
  );
}
