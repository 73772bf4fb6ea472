import { showLocalTime } from '../../lib/time/display';
import { Section } from '../../components/pages/Section';
import { TextField, type FormBinding } from './fields';

/** The "as of" override: look at the portal as it will stand at another time (previews, demos). */
export function AsOfSection({ form }: { form: FormBinding }) {
  const { t } = form;
  const value = form.draft.text.asOf;
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
  return (
    <Section id="asof" title={t('section.asof')} intro={t('section.asof.intro')}>
      <TextField
        form={form}
        field="asOf"
        kind="datetime-local"
        after={
          <button type="button" onClick={() => form.setText('asOf', '')}>
            {t('asof.now')}
          </button>
        }
      />
      <p class="field-note">{valid ? t('asof.active', { asOf: showLocalTime(value) }) : t('asof.inactive')}</p>
    </Section>
  );
}
