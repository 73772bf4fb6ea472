import { Section } from '../../components/pages/Section';
import { OFFICE_DAY_ENDS } from '../../lib/deadline';
import { SelectField, TextField, type FormBinding } from './fields';

const FIELDS = ['thresholds.dueSoonDays', 'thresholds.checkWindowDays', 'thresholds.officeDayEnd'] as const;
const NUMBER_FIELDS = ['thresholds.dueSoonDays', 'thresholds.checkWindowDays'] as const;

export function ThresholdsSection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section
      id="thresholds"
      title={t('section.thresholds')}
      intro={t('section.thresholds.intro')}
      reset={{ label: t('options.reset'), onReset: () => form.reset(FIELDS) }}
    >
      {NUMBER_FIELDS.map((field) => (
        <TextField key={field} form={form} field={field} kind="number" />
      ))}
      <SelectField form={form} field="thresholds.officeDayEnd" options={OFFICE_DAY_ENDS.map((time) => ({ value: time, label: time }))} />
    </Section>
  );
}
