import { LANGUAGES } from '../../lib/i18n/format';
import { Section } from '../../components/pages/Section';
import { SelectField, type FormBinding } from './fields';

export function LanguageSection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section id="language" title={t('section.language')}>
      <SelectField
        form={form}
        field="language"
        options={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
      />
    </Section>
  );
}
