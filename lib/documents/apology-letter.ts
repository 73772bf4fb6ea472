/**
 * Mẫu số 04: the apology letter for a dossier that will be or is late.
 *
 * Two forms: Thông tư 01/2018/TT-VPCP's Mẫu 04 ("Phiếu xin lỗi và hẹn lại ngày trả kết quả") and
 * Thông tư 03/2025/TT-VPCP's Mẫu 04 ("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết").
 * An apology is an act done under the rules in force when it is issued, so the letter's own date
 * chooses, unless the data names the regime (docs/rules.md §6).
 */
import { z } from 'zod';
import { AgencyProfileSchema, IssueSchema, commonTags, type CommonTags } from './agency-profile';
import { DocDateTimeSchema, optionalText, orBlank, timeShortOrBlank, timeWordsOrBlank } from './fields';
import { parseData } from './parse-data';
import { renderDocx } from './render-docx';
import { defaultTemplate, type TemplateBytes, type TemplateKind } from './templates/defaults';
import type { APOLOGY_LETTER_TAGS, TagValues } from './vocabulary';

const ApologyRegimeSchema = z.enum(['2018', '2025']);
type ApologyRegime = z.infer<typeof ApologyRegimeSchema>;

/**
 * The day TT 03/2025/TT-VPCP's forms apply: the circular was issued 15/9/2025 and its Phụ lục I forms
 * are given "từ ngày 15/9/2025" (thuviennhadat.vn). No transitional clause of NĐ 118/2025 on the
 * forms was found; docs/rules.md §6 says what stays unverified.
 */
export const REGIME_2025_FROM = '2025-09-15';

export const ApologyLetterDataSchema = IssueSchema.extend({
  agency: AgencyProfileSchema,
  /** Overrides the regime chosen from the letter's date. */
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

type ApologyLetterTags = TagValues<typeof APOLOGY_LETTER_TAGS> & Pick<CommonTags, 'recipients'>;

/** The regime of a letter: the data's own choice, else the letter's date, else today's rules. */
export function apologyRegime(data: Pick<ApologyLetterData, 'regime' | 'issueDate'>): ApologyRegime {
  if (data.regime) return data.regime;
  const day = data.issueDate?.slice(0, 10);
  return day !== undefined && day < REGIME_2025_FROM ? '2018' : '2025';
}

export const apologyTemplateKind = (regime: ApologyRegime): TemplateKind =>
  regime === '2018' ? 'apology-letter' : 'apology-letter-2025';

/**
 * The day from which the letter also cites Nghị định 367/2025/NĐ-CP, which amends Nghị định 118.
 * Its date of issue was not found; the first report of it seen is of 06/01/2026 (ngaynay.vn), so a
 * letter dated earlier does not cite a decree that may not have existed yet (docs/templates.md).
 */
const DECREE_367_CITED_FROM = '2026-01-06';

const DECREE_118 =
  'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia';

/** The letter's căn cứ: one line ending with "." (Nghị định 30/2020 Phụ lục I). */
function legalBasis(issueDate: string | undefined): string {
  const amended = issueDate !== undefined && issueDate >= DECREE_367_CITED_FROM;
  return amended ? `${DECREE_118}, được sửa đổi, bổ sung bởi Nghị định số 367/2025/NĐ-CP của Chính phủ.` : `${DECREE_118}.`;
}

export function apologyLetterTags(data: ApologyLetterData): ApologyLetterTags {
  const regime = apologyRegime(data);
  return {
    ...commonTags(
      data.agency,
      // An office's own apology symbol (e.g. "PXL-UBND") is printed as the office wrote it.
      data.agency.documentSymbol === undefined ? data : { ...data, documentSymbol: data.documentSymbol ?? data.agency.documentSymbol },
      { documentSymbol: 'PXL', recipients: ['Như trên', 'Bộ phận Một cửa', 'Lưu: VT'] },
    ),
    regime,
    legalBasis: legalBasis(data.issueDate),
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
