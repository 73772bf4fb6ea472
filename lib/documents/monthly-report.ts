/**
 * The monthly report of returned and late dossiers, due before the 25th. The period is whatever
 * the office reports on: a calendar month or a cut-off such as the 15th to the 14th, so the data
 * carries its first and last day and the label to print.
 */
import { z } from 'zod';
import { AgencyProfileSchema, IssueSchema, commonTags, type CommonTags } from './agency-profile';
import { DocDateTimeSchema, DocDaySchema, dayShortOrBlank, dayWordsOrBlank, optionalText, orBlank, timeShortOrBlank } from './fields';
import { parseData } from './parse-data';
import { BLANK } from '../time/in-words';
import { renderDocx } from './render-docx';
import { defaultTemplate, type TemplateBytes } from './templates/defaults';
import type { LATE_ROW_TAGS, MONTHLY_REPORT_TAGS, RETURNED_ROW_TAGS, TagValues, UNIT_ROW_TAGS } from './vocabulary';

const ReportPeriodSchema = z
  .object({
    from: DocDaySchema,
    to: DocDaySchema,
    /** Printed in the title, e.g. "tháng 5 năm 2022" or "từ ngày 15/4/2022 đến ngày 14/5/2022". */
    label: z.string().trim().min(1).max(200),
  })
  .refine((period) => period.from <= period.to, { message: 'the period ends before it starts', path: ['to'] });

const ReturnedRowSchema = z.object({
  dossierCode: z.string().trim().min(1).max(200),
  procedure: optionalText(1000),
  applicant: optionalText(300),
  receivedAt: DocDateTimeSchema.optional(),
  /** When the specialist office sent the dossier back. */
  returnedAt: DocDateTimeSchema.optional(),
  /** Without `returnedAt`: when a page showed it sent back, printed "chưa rõ (thấy lúc …)". */
  returnedAtSeen: DocDateTimeSchema.optional(),
  /** The office that sent it back; rows without one are totalled under "Chưa xác định". */
  returnedBy: optionalText(300),
  reason: optionalText(4000),
});

const LateRowSchema = z.object({
  dossierCode: z.string().trim().min(1).max(200),
  procedure: optionalText(1000),
  applicant: optionalText(300),
  receivedAt: DocDateTimeSchema.optional(),
  dueAt: DocDateTimeSchema.optional(),
  /** Finished or returned; absent while the dossier is still open. */
  finishedAt: DocDateTimeSchema.optional(),
  /** Without `finishedAt`: when a page showed it finished, printed "chưa rõ (thấy lúc …)". */
  finishedAtSeen: DocDateTimeSchema.optional(),
  /** Working days past the appointment, as the deadline rules counted them. */
  daysLate: z.number().int().nonnegative().max(100000),
  reason: optionalText(4000),
  /** The agency or unit responsible for the delay. */
  responsible: optionalText(300),
  /** The apology letter sent for it, e.g. "Số 12/PXL-UBND ngày 16/05/2022" (from the history). */
  apology: optionalText(300),
});

const count = z.number().int().nonnegative().max(10_000_000);

/**
 * The period's totals in the shape of Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP), counted over
 * the dossiers this browser saw. A figure the history cannot know (the channel of receipt, say) is
 * left out and printed as the form's blank.
 */
const SeenTotalsSchema = z.object({
  receivedTotal: count.optional(),
  receivedOnline: count.optional(),
  receivedDirect: count.optional(),
  carriedOver: count.optional(),
  resolvedTotal: count.optional(),
  resolvedEarly: count.optional(),
  resolvedOnTime: count.optional(),
  resolvedLate: count.optional(),
  pendingTotal: count.optional(),
  pendingOnTime: count.optional(),
  pendingLate: count.optional(),
});
export type SeenTotals = z.infer<typeof SeenTotalsSchema>;

export const MonthlyReportDataSchema = IssueSchema.extend({
  agency: AgencyProfileSchema,
  /** "Kính gửi:", e.g. "Chủ tịch Ủy ban nhân dân huyện Đức Cơ". */
  addressee: optionalText(300),
  period: ReportPeriodSchema,
  /** The last day the figures cover when the report is made before the period ends. */
  dataUntil: DocDaySchema.optional(),
  seen: SeenTotalsSchema.optional(),
  /** The portals (hosts) whose dossiers the report counts, printed beside the period. */
  portals: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
  returned: z.array(ReturnedRowSchema).max(100000),
  late: z.array(LateRowSchema).max(100000),
  /** Proposals and remarks (Đề xuất, kiến nghị). */
  remarks: optionalText(8000),
});
type MonthlyReportData = z.infer<typeof MonthlyReportDataSchema>;
export type MonthlyReportInput = z.input<typeof MonthlyReportDataSchema>;

type MonthlyReportTags = TagValues<typeof MONTHLY_REPORT_TAGS> &
  Pick<CommonTags, 'recipients'> & {
    units: TagValues<typeof UNIT_ROW_TAGS>[];
    returned: TagValues<typeof RETURNED_ROW_TAGS>[];
    late: TagValues<typeof LATE_ROW_TAGS>[];
  };

const UNKNOWN_UNIT = 'Chưa xác định';
const NO_APOLOGY = 'Chưa ghi nhận';
/** Says whose figures section I holds, so no one takes them for the portal's official statistics. */
const SEEN_NOTE =
  'Số hồ sơ do trình duyệt của người lập báo cáo ghi nhận khi mở Hệ thống thông tin một cửa điện tử (hồ sơ đã thấy), không phải số liệu thống kê chính thức của Hệ thống.';

/**
 * "(Số liệu từ … đến …)", or "(Số liệu đến ngày …)" for a report made before its period ends, then
 * which portals the dossiers come from, so a reader knows what the figures cover (issue 16 item 14).
 */
function dataNote(period: { from: string; to: string }, dataUntil: string | undefined, portals: readonly string[] = []): string {
  const span =
    dataUntil !== undefined && dataUntil < period.to
      ? `Số liệu đến ngày ${dayShortOrBlank(dataUntil)}; kỳ báo cáo kết thúc ngày ${dayShortOrBlank(period.to)}`
      : `Số liệu từ ngày ${dayShortOrBlank(period.from)} đến ngày ${dayShortOrBlank(period.to)}`;
  return portals.length === 0 ? span : `${span}; hồ sơ trên Hệ thống thông tin một cửa điện tử: ${portals.join(', ')}`;
}

/** A date the portal never printed: only when a page showed the change. */
const seenOnly = (seen: string): string => `chưa rõ (thấy lúc ${timeShortOrBlank(seen)})`;

const figure = (value: number | undefined): string => (value === undefined ? BLANK : String(value));
const STILL_OPEN = 'Chưa giải quyết xong';

/** Returned and late counts per unit, most dossiers first, then by name in Vietnamese order. */
export function totalsByUnit(data: Pick<MonthlyReportData, 'returned' | 'late'>) {
  const counts = new Map<string, { returned: number; late: number }>();
  const bump = (unit: string | undefined, field: 'returned' | 'late') => {
    const key = unit || UNKNOWN_UNIT;
    const entry = counts.get(key) ?? { returned: 0, late: 0 };
    entry[field] += 1;
    counts.set(key, entry);
  };
  for (const row of data.returned) bump(row.returnedBy, 'returned');
  for (const row of data.late) bump(row.responsible, 'late');
  return [...counts.entries()]
    .map(([unit, c]) => ({ unit, returned: c.returned, late: c.late, total: c.returned + c.late }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'vi'));
}

export function monthlyReportTags(data: MonthlyReportData): MonthlyReportTags {
  return {
    ...commonTags(data.agency, data, { documentSymbol: 'BC', recipients: ['Như trên', 'Lưu: VT'] }),
    addressee: orBlank(data.addressee),
    periodLabel: data.period.label,
    periodFrom: dayWordsOrBlank(data.period.from),
    periodTo: dayWordsOrBlank(data.period.to),
    periodFromShort: dayShortOrBlank(data.period.from),
    periodToShort: dayShortOrBlank(data.period.to),
    returnedCount: String(data.returned.length),
    lateCount: String(data.late.length),
    totalCount: String(data.returned.length + data.late.length),
    remarks: orBlank(data.remarks),
    dataNote: dataNote(data.period, data.dataUntil, data.portals),
    seenNote: SEEN_NOTE,
    receivedTotal: figure(data.seen?.receivedTotal),
    receivedOnline: figure(data.seen?.receivedOnline),
    receivedDirect: figure(data.seen?.receivedDirect),
    carriedOver: figure(data.seen?.carriedOver),
    resolvedTotal: figure(data.seen?.resolvedTotal),
    resolvedEarly: figure(data.seen?.resolvedEarly),
    resolvedOnTime: figure(data.seen?.resolvedOnTime),
    resolvedLate: figure(data.seen?.resolvedLate),
    pendingTotal: figure(data.seen?.pendingTotal),
    pendingOnTime: figure(data.seen?.pendingOnTime),
    pendingLate: figure(data.seen?.pendingLate),
    units: totalsByUnit(data).map((u, i) => ({
      index: String(i + 1),
      unit: u.unit,
      returnedCount: String(u.returned),
      lateCount: String(u.late),
      totalCount: String(u.total),
    })),
    returned: data.returned.map((row, i) => ({
      index: String(i + 1),
      dossierCode: row.dossierCode,
      procedure: orBlank(row.procedure),
      applicant: orBlank(row.applicant),
      receivedAt: timeShortOrBlank(row.receivedAt),
      returnedAt: row.returnedAt === undefined && row.returnedAtSeen !== undefined ? seenOnly(row.returnedAtSeen) : timeShortOrBlank(row.returnedAt),
      returnedBy: row.returnedBy || UNKNOWN_UNIT,
      reason: orBlank(row.reason),
    })),
    late: data.late.map((row, i) => ({
      index: String(i + 1),
      dossierCode: row.dossierCode,
      procedure: orBlank(row.procedure),
      applicant: orBlank(row.applicant),
      receivedAt: timeShortOrBlank(row.receivedAt),
      dueAt: timeShortOrBlank(row.dueAt),
      finishedAt: row.finishedAt ? timeShortOrBlank(row.finishedAt) : row.finishedAtSeen ? seenOnly(row.finishedAtSeen) : STILL_OPEN,
      daysLate: String(row.daysLate),
      reason: orBlank(row.reason),
      responsible: row.responsible || UNKNOWN_UNIT,
      apology: row.apology || NO_APOLOGY,
    })),
  };
}

/** The report as .docx bytes (landscape A4 by default: the late table has ten columns). */
export function renderMonthlyReport(input: MonthlyReportInput, template?: TemplateBytes): Uint8Array {
  const data = parseData(MonthlyReportDataSchema, input);
  return renderDocx(template ?? defaultTemplate('monthly-report'), monthlyReportTags(data));
}
