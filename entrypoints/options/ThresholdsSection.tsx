import { Section } from '../../components/pages/Section';
import { TextField, type FormBinding } from './fields';

const FIELDS = ['thresholds.dueSoonDays', 'thresholds.checkWindowDays'] as const;

export function ThresholdsSection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section
      id="thresholds"
      title={t('section.thresholds')}
      intro={t('section.thresholds.intro')}
      reset={{ label: t('options.reset'), onReset: () => form.reset(FIELDS) }}
    >
      {FIELDS.map((field) => (
        <TextField key={field} form={form} field={field} kind="number" />
      ))}
    </Section>
  );
}
