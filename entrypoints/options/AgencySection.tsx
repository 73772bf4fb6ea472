import { SIGNING_PREFIXES } from '../../lib/settings/schema';
import type { PagesKey } from '../../lib/i18n/pages';
import { Section } from '../../components/pages/Section';
import { SelectField, TextAreaField, TextField, type FormBinding } from './fields';

const PREFIX_KEYS: Record<(typeof SIGNING_PREFIXES)[number], PagesKey> = {
  '': 'prefix.none',
  'TM.': 'prefix.TM',
  'KT.': 'prefix.KT',
  'TL.': 'prefix.TL',
  'TUQ.': 'prefix.TUQ',
  'Q.': 'prefix.Q',
};

/** The issuing agency and signature block printed on letters and reports (Nghị định 30/2020). */
export function AgencySection({ form }: { form: FormBinding }) {
  const { t } = form;
  return (
    <Section id="agency" title={t('section.agency')} intro={t('section.agency.intro')}>
      <TextField form={form} field="agency.parentAgency" />
      <TextField form={form} field="agency.agency" />
      <TextField form={form} field="agency.placeName" />
      <TextField form={form} field="agency.documentSymbol" />
      <TextField form={form} field="agency.agencyCode" />
      <SelectField
        form={form}
        field="agency.signingPrefix"
        options={SIGNING_PREFIXES.map((prefix) => ({ value: prefix, label: t(PREFIX_KEYS[prefix]) }))}
      />
      <TextField form={form} field="agency.signingAuthority" />
      <TextField form={form} field="agency.signerTitle" />
      <TextField form={form} field="agency.signerName" />
      <TextAreaField form={form} field="agency.recipients" rows={5} />
    </Section>
  );
}
