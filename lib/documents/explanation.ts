/**
 * Báo cáo giải trình: a unit explains one late or returned dossier: what happened, why, who was
 * responsible, which unit coordinated, and how it will be remedied.
 */
import { z } from 'zod';
import { AgencyProfileSchema, IssueSchema, commonTags, type CommonTags } from './agency-profile';
import { DocDateTimeSchema, optionalText, orBlank, timeShortOrBlank, timeWordsOrBlank } from './fields';
import { parseData } from './parse-data';
import { renderDocx } from './render-docx';
import { defaultTemplate, type TemplateBytes } from './templates/defaults';
import type { EXPLANATION_TAGS, TagValues } from './vocabulary';
import { BLANK } from '../time/in-words';

const ExplanationCaseSchema = z.enum(['late', 'returned']);

export const ExplanationDataSchema = IssueSchema.extend({
  agency: AgencyProfileSchema,
  /** "Kính gửi:", e.g. "Chủ tịch Ủy ban nhân dân huyện Đức Cơ". */
  addressee: optionalText(300),
  caseKind: ExplanationCaseSchema,
  dossierCode: z.string().trim().min(1).max(200),
  procedure: optionalText(1000),
  applicant: optionalText(300),
  receivedAt: DocDateTimeSchema.optional(),
  dueAt: DocDateTimeSchema.optional(),
  /** Late case: when it was finished; absent while still open. */
  finishedAt: DocDateTimeSchema.optional(),
  /** Returned case: when and by whom it was sent back. */
  returnedAt: DocDateTimeSchema.optional(),
  returnedBy: optionalText(300),
  daysLate: z.number().int().nonnegative().max(100000).optional(),
  reason: optionalText(4000),
  /** The individual responsible, with position, e.g. "Ông Nguyễn Văn Thử, chuyên viên Phòng Kinh tế và Hạ tầng". */
  responsiblePerson: optionalText(500),
  coordinatingUnit: optionalText(500),
  remedy: optionalText(4000),
});
type ExplanationData = z.infer<typeof ExplanationDataSchema>;
export type ExplanationInput = z.input<typeof ExplanationDataSchema>;

type ExplanationTags = TagValues<typeof EXPLANATION_TAGS> & Pick<CommonTags, 'recipients'>;

/** One sentence on where the dossier stands, for the report's facts. */
function situation(data: ExplanationData): string {
  const days = data.daysLate === undefined ? BLANK : String(data.daysLate);
  if (data.caseKind === 'returned') {
    return `Hồ sơ bị ${data.returnedBy || BLANK} trả lại vào ${timeWordsOrBlank(data.returnedAt)}.`;
  }
  return data.finishedAt
    ? `Hồ sơ được giải quyết xong vào ${timeWordsOrBlank(data.finishedAt)}, trễ ${days} ngày làm việc so với thời hạn hẹn trả.`
    : `Đến thời điểm báo cáo, hồ sơ chưa được giải quyết xong, đã trễ ${days} ngày làm việc so với thời hạn hẹn trả.`;
}

export function explanationTags(data: ExplanationData): ExplanationTags {
  return {
    ...commonTags(data.agency, data, { documentSymbol: 'BC', recipients: ['Như trên', 'Lưu: VT'] }),
    addressee: orBlank(data.addressee),
    caseKind: data.caseKind,
    subject:
      data.caseKind === 'late'
        ? `Giải trình nguyên nhân giải quyết hồ sơ ${data.dossierCode} quá hạn`
        : `Giải trình nguyên nhân trả lại hồ sơ ${data.dossierCode}`,
    dossierCode: data.dossierCode,
    procedure: orBlank(data.procedure),
    applicant: orBlank(data.applicant),
    receivedAt: timeWordsOrBlank(data.receivedAt),
    dueAt: timeWordsOrBlank(data.dueAt),
    finishedAt: timeShortOrBlank(data.finishedAt),
    returnedAt: timeShortOrBlank(data.returnedAt),
    returnedBy: orBlank(data.returnedBy),
    daysLate: data.daysLate === undefined ? BLANK : String(data.daysLate),
    situation: situation(data),
    reason: orBlank(data.reason),
    responsiblePerson: orBlank(data.responsiblePerson),
    coordinatingUnit: orBlank(data.coordinatingUnit),
    remedy: orBlank(data.remedy),
  };
}

export function renderExplanation(input: ExplanationInput, template?: TemplateBytes): Uint8Array {
  const data = parseData(ExplanationDataSchema, input);
  return renderDocx(template ?? defaultTemplate('explanation'), explanationTags(data));
}
