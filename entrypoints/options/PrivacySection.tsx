import { Section } from '../../components/pages/Section';
import { TextField, type FormBinding } from './fields';

export function PrivacySection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section
      id="privacy"
      title={t('section.privacy')}
      intro={t('section.privacy.intro')}
      reset={{ label: t('options.reset'), onReset: () => form.reset(['retentionMonths']) }}
    >
      <TextField form={form} field="retentionMonths" kind="number" />
    </Section>
  );
}
