import { Section } from '../../components/pages/Section';
import { SelectField, TextField, type FormBinding } from './fields';

const FIELDS = ['report.period', 'report.cutoffDay', 'report.reminderDay'] as const;

export function ReportSection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section
      id="report"
      title={t('section.report')}
      intro={t('section.report.intro')}
      reset={{ label: t('options.reset'), onReset: () => form.reset(FIELDS) }}
    >
      <SelectField
        form={form}
        field="report.period"
        options={[
          { value: 'month', label: t('period.month') },
          { value: 'cutoff', label: t('period.cutoff') },
        ]}
      />
      <TextField form={form} field="report.cutoffDay" kind="number" />
      <TextField form={form} field="report.reminderDay" kind="number" />
    </Section>
  );
}
