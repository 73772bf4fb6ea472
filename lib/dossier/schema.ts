import { z } from 'zod/mini';
import { DAY_SHAPE, LOCAL_TIME_SHAPE } from '../time/shapes';
import { inDateWindow } from '../time/window';

/**
 * The shared vocabulary of a dossier (hồ sơ), as read from a portal page, judged by the deadline
 * rules, stored in the history and printed in documents. Every module speaks these types.
 *
 * Built with `zod/mini` because the content script validates what it reads and must stay small.
 *
 * Times are Vietnam local wall-clock values (UTC+7, no daylight saving) written as strings, so no
 * value ever passes through a `Date` in the browser's own time zone.
 */

/** A calendar day, `YYYY-MM-DD`. */
export const DaySchema = z.string().check(z.regex(DAY_SHAPE, 'expected YYYY-MM-DD'));
export type Day = z.infer<typeof DaySchema>;

/**
 * A Vietnam local time to the minute, `YYYY-MM-DDTHH:mm`, inside the shared date window
 * (lib/time/window.ts): a dossier dated 2200 or 9999 is refused wherever it arrives.
 */
export const LocalDateTimeSchema = z
  .string()
  .check(
    z.regex(LOCAL_TIME_SHAPE, 'expected YYYY-MM-DDTHH:mm (Vietnam local time)'),
    z.refine((value) => inDateWindow(value), 'outside the accepted date window'),
  );
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>;

/**
 * Portal status texts normalised to a small set.
 * - `finished`: processing done ("Đã xử lý xong"), result not yet handed over;
 * - `returned`: result handed to the citizen ("Đã trả kết quả");
 * - `refused`: not accepted or sent back ("Không được tiếp nhận", "Từ chối", "Trả lại hồ sơ");
 * - `waiting-additions`: paused for the citizen's supplement ("Yêu cầu bổ sung", "Chờ bổ sung",
 *   "Tạm dừng", "Dừng xử lý").
 */
export const DossierStatusSchema = z.enum([
  'new',
  'processing',
  'waiting-additions',
  'finished',
  'returned',
  'refused',
  'withdrawn',
  'unknown',
]);
export type DossierStatus = z.infer<typeof DossierStatusSchema>;

/**
 * A countdown label the portal printed ("Còn 2 ngày", "Hôm nay", "Quá hạn 3 ngày"): a hint only, in
 * calendar days unless the page said working days ("Còn 2 ngày làm việc": `unit: 'working'`).
 */
const RemainingHintSchema = z.object({
  kind: z.enum(['left', 'today', 'overdue']),
  days: z.optional(z.int().check(z.nonnegative())),
  unit: z.optional(z.literal('working')),
  text: z.string(),
});
export type RemainingHint = z.infer<typeof RemainingHintSchema>;

const text = z.optional(z.string().check(z.minLength(1), z.maxLength(4000)));

export const DossierSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(200)),
  /**
   * Other codes the same row or detail view printed for this dossier (a national or interconnection
   * code beside the local one, e.g. iGate's `nationCode`). The history links codes as one dossier
   * only on this evidence, never on a shared suffix.
   */
  otherCodes: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10))),
  procedure: text,
  summary: text,
  applicant: text,
  address: text,
  phone: z.optional(z.string().check(z.maxLength(40))),
  email: z.optional(z.string().check(z.maxLength(200))),
  /** Processing agency or unit ("Đơn vị xử lý", "Cơ quan chủ trì giải quyết"). */
  agency: text,
  /** Receiving desk ("Đơn vị tiếp nhận") when the page names it apart from the processing agency. */
  receivingAgency: text,
  submittedAt: z.optional(LocalDateTimeSchema),
  receivedAt: z.optional(LocalDateTimeSchema),
  /** The appointment (ngày hẹn trả): the portal's own value is the source of truth. */
  dueAt: z.optional(LocalDateTimeSchema),
  /** True when the page gave the appointment as a date without a time (see lib/portal for the policy). */
  dueDateOnly: z.optional(z.boolean()),
  finishedAt: z.optional(LocalDateTimeSchema),
  /** Set (true) only when the page gave the finish as a date without a time. */
  finishedDateOnly: z.optional(z.boolean()),
  returnedAt: z.optional(LocalDateTimeSchema),
  /** Set (true) only when the page gave the hand-over as a date without a time. */
  returnedDateOnly: z.optional(z.boolean()),
  status: DossierStatusSchema,
  statusText: z.optional(z.string().check(z.maxLength(500))),
  reason: text,
  supplementRequests: z.optional(z.int().check(z.nonnegative())),
  remainingHint: z.optional(RemainingHintSchema),
  /** Link to the portal's detail view, absolute. */
  detailUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type Dossier = z.infer<typeof DossierSchema>;
