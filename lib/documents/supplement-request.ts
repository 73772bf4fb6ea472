/**
 * Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. Everything missing is listed in one request:
 * the one-stop rules allow a single written guidance, and a second request counts the dossier as
 * late in the Quyết định 766 indicators.
 */
import { z } from 'zod';
import { AgencyProfileSchema, IssueSchema, commonTags, type CommonTags } from './agency-profile';
import { DocDateTimeSchema, optionalText, orBlank, timeShortOrBlank, timeWordsOrBlank } from './fields';
import { parseData } from './parse-data';
import { renderDocx } from './render-docx';
import { defaultTemplate, type TemplateBytes } from './templates/defaults';
import type { MISSING_ITEM_TAGS, SUPPLEMENT_REQUEST_TAGS, TagValues } from './vocabulary';

export const SupplementRequestDataSchema = IssueSchema.extend({
  agency: AgencyProfileSchema,
  dossierCode: z.string().trim().min(1).max(200),
  procedure: optionalText(1000),
  applicantTitle: optionalText(60),
  applicant: optionalText(300),
  address: optionalText(500),
  phone: optionalText(40),
  receivedAt: DocDateTimeSchema.optional(),
  /** Every paper or correction still needed, each a line of the list. */
  missing: z.array(z.string().trim().min(1).max(2000)).min(1).max(200),
  reason: optionalText(4000),
  /** The officer the applicant may call for guidance. */
  contactName: optionalText(200),
  contactPhone: optionalText(40),
});
export type SupplementRequestData = z.infer<typeof SupplementRequestDataSchema>;
export type SupplementRequestInput = z.input<typeof SupplementRequestDataSchema>;

export type SupplementRequestTags = TagValues<typeof SUPPLEMENT_REQUEST_TAGS> &
  Pick<CommonTags, 'recipients'> & { missing: TagValues<typeof MISSING_ITEM_TAGS>[] };

export function supplementRequestTags(data: SupplementRequestData): SupplementRequestTags {
  return {
    ...commonTags(data.agency, data, { documentSymbol: 'PYCBS', recipients: ['Như trên', 'Lưu: VT'] }),
    dossierCode: data.dossierCode,
    procedure: orBlank(data.procedure),
    applicantTitle: data.applicantTitle || 'Ông/Bà',
    applicant: orBlank(data.applicant),
    address: orBlank(data.address),
    phone: orBlank(data.phone),
    receivedAt: timeWordsOrBlank(data.receivedAt),
    receivedAtShort: timeShortOrBlank(data.receivedAt),
    reason: orBlank(data.reason),
    missingCount: String(data.missing.length),
    contactName: orBlank(data.contactName),
    contactPhone: orBlank(data.contactPhone),
    missing: data.missing.map((item, i) => ({ index: String(i + 1), item })),
  };
}

export function renderSupplementRequest(input: SupplementRequestInput, template?: TemplateBytes): Uint8Array {
  const data = parseData(SupplementRequestDataSchema, input);
  return renderDocx(template ?? defaultTemplate('supplement-request'), supplementRequestTags(data));
}
