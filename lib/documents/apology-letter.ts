/**
 * Mẫu số 04: the apology letter for a dossier that will be or is late.
 *
 * Two regimes: dossiers received before 1/7/2025 follow Thông tư 01/2018/TT-VPCP ("Phiếu xin lỗi
 * và hẹn lại ngày trả kết quả"); later ones Nghị định 118/2025 and Thông tư 03/2025/TT-VPCP ("Văn
 * bản xin lỗi và đề nghị gia hạn thời gian giải quyết"). A dossier keeps the rules in force when it
 * was received, so the receipt time chooses, unless the data names the regime.
 */
import { z } from 'zod';
import { AgencyProfileSchema, IssueSchema, commonTags, type CommonTags } from './agency-profile';
import { DocDateTimeSchema, optionalText, orBlank, timeShortOrBlank, timeWordsOrBlank } from './fields';
import { parseData } from './parse-data';
import { renderDocx } from './render-docx';
import { defaultTemplate, type TemplateBytes, type TemplateKind } from './templates/defaults';
import type { APOLOGY_LETTER_TAGS, TagValues } from './vocabulary';

export const ApologyRegimeSchema = z.enum(['2018', '2025']);
export type ApologyRegime = z.infer<typeof ApologyRegimeSchema>;

/** Nghị định 118/2025 took effect on this day. */
export const REGIME_2025_FROM = '2025-07-01';

export const ApologyLetterDataSchema = IssueSchema.extend({
  agency: AgencyProfileSchema,
  /** Overrides the regime chosen from the receipt time. */
  regime: ApologyRegimeSchema.optional(),
  dossierCode: z.string().trim().min(1).max(200),
  procedure: optionalText(1000),
  /** How the applicant is addressed: "Ông", "Bà", "Công ty"…; "Ông/Bà" when absent. */
  applicantTitle: optionalText(60),
  applicant: optionalText(300),
  address: optionalText(500),
  phone: optionalText(40),
  receivedAt: DocDateTimeSchema.optional(),
  /** The appointment printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
  dueAt: DocDateTimeSchema.optional(),
  /** The new appointment (old regime) or the proposed extended deadline (2025 regime). */
  newDueAt: DocDateTimeSchema.optional(),
  reason: optionalText(4000),
  /** Cơ quan chủ trì giải quyết; the issuing agency when absent. */
  processingAgency: optionalText(300),
});
export type ApologyLetterData = z.infer<typeof ApologyLetterDataSchema>;
export type ApologyLetterInput = z.input<typeof ApologyLetterDataSchema>;

export type ApologyLetterTags = TagValues<typeof APOLOGY_LETTER_TAGS> & Pick<CommonTags, 'recipients'>;

/** The regime of a letter: the data's own choice, else the receipt time, else the issue day, else today's rules. */
export function apologyRegime(data: Pick<ApologyLetterData, 'regime' | 'receivedAt' | 'issueDate'>): ApologyRegime {
  if (data.regime) return data.regime;
  const day = (data.receivedAt ?? data.issueDate)?.slice(0, 10);
  return day !== undefined && day < REGIME_2025_FROM ? '2018' : '2025';
}

export const apologyTemplateKind = (regime: ApologyRegime): TemplateKind =>
  regime === '2018' ? 'apology-letter' : 'apology-letter-2025';

export function apologyLetterTags(data: ApologyLetterData): ApologyLetterTags {
  const regime = apologyRegime(data);
  return {
    ...commonTags(data.agency, data, {
      documentSymbol: data.agency.documentSymbol ?? 'PXL',
      recipients: ['Như trên', 'Bộ phận Một cửa', 'Lưu: VT'],
    }),
    regime,
    dossierCode: data.dossierCode,
    procedure: orBlank(data.procedure),
    applicantTitle: data.applicantTitle || 'Ông/Bà',
    applicant: orBlank(data.applicant),
    address: orBlank(data.address),
    phone: orBlank(data.phone),
    receivedAt: timeWordsOrBlank(data.receivedAt),
    receivedAtShort: timeShortOrBlank(data.receivedAt),
    dueAt: timeWordsOrBlank(data.dueAt),
    dueAtShort: timeShortOrBlank(data.dueAt),
    newDueAt: timeWordsOrBlank(data.newDueAt),
    newDueAtShort: timeShortOrBlank(data.newDueAt),
    reason: orBlank(data.reason),
    processingAgency: data.processingAgency || data.agency.agency,
  };
}

/** The letter as .docx bytes; `template` is an office's own template, else the regime's default. */
export function renderApologyLetter(input: ApologyLetterInput, template?: TemplateBytes): Uint8Array {
  const data = parseData(ApologyLetterDataSchema, input);
  return renderDocx(template ?? defaultTemplate(apologyTemplateKind(apologyRegime(data))), apologyLetterTags(data));
}
