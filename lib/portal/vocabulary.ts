/**
 * The words portals use, in one place (docs/portal-reference.md §3.2, §4.5): column headers and detail labels,
 * labels inside composite cells, status texts, countdown labels, rows that are not dossiers.
 * Vietnamese is written NFC with its diacritics; matching also tries a diacritic-free fallback.
 */
import type { DossierStatus } from '../dossier/schema';

/**
 * What a column (or a detail label) holds. Date fields carry the record's key; `info` is a composite
 * cell (code, summary, status and dates in labelled lines); `remaining` a countdown label that may hold
 * a date; `ignored` a known column with nothing for a dossier (row number, actions, sector…).
 */
export const FIELDS = [
  'code', 'info', 'procedure', 'summary', 'applicant', 'address', 'phone', 'email', 'agency',
  'receivingAgency', 'submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'status',
  'reason', 'remaining', 'overdueDays', 'ignored',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * What each field means, as weighted cues over a header's diacritic-free, lower-case words (see
 * `headers.classify`). A header scores, per field, its strongest matching cue plus one for every
 * further positive cue, plus its negative cues; a veto rules the field out. This generalises from
 * meaning instead of listing labels: "Ngày giờ hẹn trả công dân" is a due date because it is a *hẹn*
 * of *trả*, not because someone listed it. The cues were drawn from the real labels in
 * `header-variants.HEADER_VARIANTS` (each with its public source) and from portal.md §3.2.
 */
export type Cue = readonly [phrase: string, weight: number];
export interface Meaning {
  cues: readonly Cue[];
  /** Phrases that mean the header is something else ("Mã thủ tục" is not a dossier code). */
  vetoes?: readonly string[];
}

/** Words that say a column holds a point in time: a small bonus for date fields. */
export const DATE_WORDS = ['ngay', 'thoi gian', 'thoi diem', 'luc', 'gio', 'date', 'time', 'on'];

export const MEANINGS: Record<Field, Meaning> = {
  code: {
    cues: [
      ['ma ho so', 10], ['ma so ho so', 10], ['so ho so', 7], ['so bien nhan', 10], ['ma bien nhan', 10], ['ma so bien nhan', 10],
      ['bien nhan', 7], ['ma hs', 9], ['so hs', 6], ['ma tiep nhan', 8], ['so tiep nhan', 7], ['so hieu ho so', 9], ['ma tk', 8],
      ['ma dvcqg', 8], ['ma tham chieu', 7], ['so yeu cau', 7], ['ma so', 5], ['ma', 3], ['dossier code', 11], ['dossier no', 11], ['dossier number', 11],
      ['dossier id', 9], ['receipt no', 10], ['receipt number', 10], ['receipt code', 10], ['code', 7], ['receipt', 6],
      // "Hồ sơ số" (header-variants source opencps1), "Ticket serial number" (ionegate).
      ['ho so so', 9], ['serial number', 8],
    ],
    vetoes: [
      'thu tuc', 'tthc', 'linh vuc', 'don vi', 'co quan', 'nganh', 'giay to', 'cmnd', 'cccd', 'dinh danh', 'thue', 'dien thoai', 'tong',
      'so luong', 'so ngay', 'da giai quyet', 'dang giai quyet', 'phat sinh', 'xu ly', 'quay', 'buu chinh', 'procedure', 'phone', 'total',
      'count', 'postal', 'tax', 'vach', 'bar', 'pin', 'qr',
      // "Mã giao dịch" (ionegate), "Số hồ sơ tiếp nhận", a count (hcc).
      'giao dich', 'so ho so tiep nhan', 'transaction',
    ],
  },
  info: {
    cues: [['thong tin ho so', 10], ['thong tin chung', 6], ['ho so', 4], ['thong tin', 4], ['dossier information', 10], ['dossier', 5]],
    vetoes: ['tep', 'file', 'thanh phan', 'dinh kem', 'ten ho so', 'loai ho so', 'chu ho so', 'nguoi', 'ngay', 'tong', 'so luong', 'lien thong'],
  },
  procedure: {
    cues: [
      ['ten thu tuc', 10], ['thu tuc hanh chinh', 10], ['thu tuc', 9], ['tthc', 9], ['dich vu cong', 7], ['dich vu', 5], ['loai ho so', 6],
      ['ten ho so', 5], ['procedure', 10], ['service', 6],
    ],
    // "Người làm thủ tục" is the applicant (opencps1).
    vetoes: ['ma thu tuc', 'ma tthc', 'ket qua', 'muc do', 'phi', 'linh vuc', 'code', 'nguoi lam'],
  },
  summary: {
    cues: [['trich yeu', 10], ['noi dung', 7], ['yeu cau giai quyet', 6], ['summary', 8], ['content', 6], ['subject', 6]],
    vetoes: ['ghi chu', 'tra loi', 'xu ly'],
  },
  applicant: {
    cues: [
      ['chu ho so', 10], ['nguoi nop', 9], ['nguoi dang ky', 8], ['nguoi yeu cau', 8], ['nguoi de nghi', 8], ['cong dan', 7], ['to chuc', 6],
      ['ca nhan', 6], ['doanh nghiep', 5], ['khach hang', 6], ['ho ten', 7], ['ho va ten', 7], ['ten nguoi', 7], ['nguoi dung ten', 7],
      ['chu so huu', 5], ['nguoi gui', 5],
      // OpenCPS v1's actor-citizen label (header-variants source opencps1); "Chủ HS" (communeList).
      ['nguoi lam thu tuc', 10], ['chu hs', 9], ['applicant', 10], ['owner', 8], ['citizen', 8], ['full name', 6], ['name', 3],
    ],
    vetoes: [
      'dien thoai', 'sdt', 'dia chi', 'email', 'cmnd', 'cccd', 'dinh danh', 'so giay to', 'ma so thue', 'uy quyen', 'can bo', 'xu ly',
      'tiep nhan', 'han', 'ngay', 'thoi gian', 'loai', 'phone', 'address', 'id', 'date', 'ma so', 'doi tuong',
      // The procedure's name or code, not any "thủ tục": "Người làm thủ tục" is the applicant (opencps1).
      'ten thu tuc', 'ma thu tuc', 'thu tuc hanh chinh', 'loai thu tuc',
    ],
  },
  address: { cues: [['dia chi', 10], ['noi cu tru', 7], ['address', 10]], vetoes: ['email', 'thu dien tu', 'ip', 'web', 'nhan ket qua'] },
  phone: { cues: [['dien thoai', 10], ['sdt', 10], ['so dt', 10], ['di dong', 8], ['phone', 10], ['mobile', 8], ['tel', 6]] },
  email: { cues: [['email', 10], ['e mail', 10], ['thu dien tu', 10], ['mail', 6]] },
  agency: {
    cues: [
      ['don vi xu ly', 10], ['co quan chu tri', 10], ['co quan giai quyet', 10], ['don vi giai quyet', 10], ['co quan thuc hien', 9],
      ['co quan thu ly', 10], ['don vi chu tri', 10], ['noi xu ly', 8], ['phong ban', 8], ['don vi', 6], ['co quan', 6], ['agency', 8],
      ['department', 7],
    ],
    vetoes: ['tiep nhan', 'ma don vi', 'ma co quan', 'code'],
  },
  receivingAgency: {
    cues: [['don vi tiep nhan', 10], ['noi tiep nhan', 10], ['co quan tiep nhan', 10], ['bo phan tiep nhan', 10], ['noi nop', 8], ['receiving agency', 10]],
  },
  submittedAt: {
    cues: [
      ['ngay nop', 10], ['thoi gian nop', 10], ['nop ho so', 8], ['ngay gui', 9], ['ngay dang ky', 8], ['ngay tao', 5], ['nop', 5],
      ['submitted', 10], ['submission', 10], ['applied', 8], ['created', 5],
    ],
    vetoes: ['nguoi', 'phi', 'ket qua', 'han', 'hinh thuc', 'phuong thuc', 'kenh', 'doi tuong', 'so ho so', 'ma ho so', 'lien thong'],
  },
  receivedAt: {
    cues: [
      ['ngay tiep nhan', 10], ['tiep nhan ngay', 10], ['thoi gian tiep nhan', 10], ['ngay nhan', 10], ['nhan ho so', 9], ['tiep nhan', 7],
      ['ngay den', 7], ['accepted', 10], ['received', 10], ['receive', 8], ['reception', 8], ['acceptance', 9], ['accept', 7],
    ],
    vetoes: [
      'ket qua', 'don vi', 'co quan', 'bo phan', 'noi', 'nguoi', 'can bo', 'loai', 'hinh thuc', 'phuong thuc', 'kenh', 'so tiep nhan',
      'ma tiep nhan', 'so bien nhan', 'tong so', 'chua',
      // "Số hồ sơ tiếp nhận", a count of received dossiers (hcc); "Ngày nhận GCN", the day the land certificate (the
      // result) came back (landDesk).
      'so ho so', 'gcn', 'giay chung nhan',
      'han', 'hen', 'officer', 'by', 'agency', 'result',
    ],
  },
  dueAt: {
    cues: [
      ['ngay hen tra', 12], ['hen tra', 11], ['ngay hen', 10], ['hen ngay', 9], ['thoi gian hen', 10], ['hen', 7], ['han xu ly', 9],
      ['han giai quyet', 9], ['han tra', 9], ['han hoan thanh', 8], ['ngay tra du kien', 11], ['du kien tra', 10], ['tra du kien', 10],
      ['ngay het han', 8], ['han', 5], ['appointment', 11], ['due', 10], ['deadline', 9], ['expected', 6], ['promised', 8],
      // A personal or step deadline, a hand-off or an earlier appointment is not the citizen's appointment.
      ['ca nhan', -11], ['buoc', -11], ['chuyen', -11], ['truoc', -11], ['cu', -11], ['step', -11], ['personal', -11], ['previous', -11],
      // An officer's own deadline ("Hạn xử lý của cán bộ", issue #11; officers' columns such as "Cán bộ tiếp nhận" in thanhHoa and e-par).
      ['can bo', -11], ['officer', -11],
      // A new appointment (after an apology) replaces the first one.
      ['hen lai', 1], ['moi', 1],
    ],
    vetoes: [
      'thoi han giai quyet', 'thoi han quy dinh', 'thoi han xu ly mac dinh', 'so ngay', 'loai', 'tre han', 'qua han', 'con han', 'ly do',
      'dat lai', 'cau hinh', 'sinh', 'tinh trang', 'trang thai', 'days', 'reason', 'status',
      // An appointment for additions (issue #11) or for an answer ("Ngày hẹn trả lời", ocps), a step's inherited
      // setting ("Kế thừa hạn xử lý", ionegate): header-variants.NEAR_MISSES.
      'bo sung', 'tra loi', 'ke thua',
      // Counts of dossiers falling due ("Đến hạn giải quyết", petitionStats).
      'den han xu ly', 'den han giai quyet',
    ],
  },
  finishedAt: {
    cues: [
      ['ngay ket thuc xu ly', 10], ['ket thuc xu ly', 9], ['ngay ket thuc', 8], ['ngay hoan thanh', 9], ['hoan thanh', 6], ['ngay co ket qua', 10],
      ['co ket qua', 8], ['xu ly xong', 8], ['finished', 9], ['completed', 9], ['completion', 9],
    ],
    vetoes: ['han', 'hen', 'du kien', 'ty le', 'so ngay', 'tong so', 'dung', 'tre', 'som'],
  },
  returnedAt: {
    cues: [
      ['ngay tra ket qua', 10], ['tra ket qua', 8], ['ngay tra', 8], ['ngay tra thuc te', 11], ['ngay nhan ket qua', 9], ['nhan ket qua', 7],
      ['tra cong dan', 8], ['tra ho so', 7], ['returned', 10], ['return date', 9], ['result returned', 10],
    ],
    vetoes: ['hen', 'han', 'du kien', 'phuong thuc', 'hinh thuc', 'noi', 'dia chi', 'lan sau', 'tra lai', 'loai', 'so ngay', 'tong so', 'ly do', 'tra loi'],
  },
  status: {
    cues: [
      ['trang thai ho so', 11], ['trang thai', 10], ['tinh trang', 9], ['ket qua xem xet', 5], ['ket qua xu ly', 5], ['buoc hien tai', 6],
      ['status', 10], ['state', 7],
    ],
    vetoes: ['tre han', 'qua han', 'thanh toan', 'ky so', 'dong bo', 'so hoa', 'danh gia', 'hop le', 'ma tinh trang', 'ma trang thai', 'payment',
      // An account's state ("Trạng thái tài khoản", opencps1), a workflow's next state ("Trạng thái tiếp theo", thanhHoa).
      'tai khoan', 'account', 'tiep theo'],
  },
  reason: { cues: [['ly do', 10], ['nguyen nhan', 8], ['reason', 10]] },
  remaining: {
    cues: [
      ['con lai', 10], ['thoi gian con lai', 10], ['so ngay con', 9], ['thoi han', 6], ['tien do', 8], ['tinh trang tre han', 10], ['tre han', 7],
      ['qua han', 5], ['con han', 7], ['remaining', 10], ['time left', 10], ['days left', 10],
    ],
    vetoes: ['thoi han giai quyet', 'thoi han quy dinh', 'ly do', 'so ngay qua han', 'so ngay tre han', 'mac dinh'],
  },
  overdueDays: { cues: [['so ngay qua han', 11], ['so ngay tre han', 11], ['so ngay cham', 10], ['days overdue', 11], ['days late', 11]] },
  ignored: {
    cues: [
      ['stt', 10], ['tt', 10], ['so tt', 10], ['thu tu', 8], ['thao tac', 10], ['chuc nang', 10], ['tac vu', 10], ['hanh dong', 10], ['chon', 8],
      ['linh vuc', 10], ['ky nhan', 10], ['phuong thuc', 9], ['kenh', 9], ['hinh thuc', 9], ['phi', 8], ['le phi', 9], ['can bo', 9],
      ['nguoi xu ly', 10], ['nguoi tiep nhan', 10], ['nguoi thuc hien', 10], ['thuc hien', 6], ['cmnd', 10], ['cccd', 10], ['dinh danh', 9],
      ['giay to', 6], ['thoi han giai quyet', 10], ['thoi han quy dinh', 10], ['loai chu ho so', 10], ['truong hop', 9], ['ghi chu', 9],
      ['tep', 8], ['dinh kem', 9], ['buoc xu ly', 8], ['ma thu tuc', 10], ['ma linh vuc', 10], ['ma don vi', 10], ['muc do', 9],
      ['so luong', 9], ['action', 10], ['actions', 10], ['no', 6], ['select', 8], ['sector', 9], ['fee', 8], ['note', 8], ['attachment', 9],
    ],
  },
};

/** The name shown for a field in diagnostics ("Không tìm thấy cột 'Ngày hẹn trả'"). */
export const FIELD_LABELS: Record<Field, string> = {
  code: 'Mã hồ sơ', info: 'Thông tin hồ sơ', procedure: 'Tên thủ tục', summary: 'Trích yếu',
  applicant: 'Chủ hồ sơ', address: 'Địa chỉ', phone: 'Số điện thoại', email: 'Email',
  agency: 'Đơn vị xử lý', receivingAgency: 'Đơn vị tiếp nhận', submittedAt: 'Ngày nộp hồ sơ',
  receivedAt: 'Ngày tiếp nhận', dueAt: 'Ngày hẹn trả', finishedAt: 'Ngày kết thúc xử lý',
  returnedAt: 'Ngày trả kết quả', status: 'Trạng thái', reason: 'Lý do', remaining: 'Thời hạn',
  overdueDays: 'Số ngày quá hạn', ignored: '',
};

/** Fields a list should have; a missing one is reported (the dossier code may come from an `info` cell). */
export const EXPECTED_LIST_FIELDS: readonly Field[] = ['code', 'procedure', 'applicant', 'receivedAt', 'dueAt', 'status'];

/**
 * Labels inside a composite cell ("- Tiếp nhận trực tiếp: 05/05/2022 14:30, hẹn trả: 17/05/2022 16:00"),
 * written without diacritics because they are matched on the diacritic-free text (see `text.loose`).
 * Longest first, so "ngay hen tra" wins over "hen tra".
 */
export const INLINE_LABELS: ReadonlyArray<readonly [string, Field]> = [
  ['tiep nhan qua buu chinh cong ich', 'receivedAt'],
  ['trang thai ho so', 'status'],
  ['tiep nhan truc tiep', 'receivedAt'],
  ['tiep nhan truc tuyen', 'receivedAt'],
  ['ngay ket thuc xu ly', 'finishedAt'],
  ['ngay tiep nhan', 'receivedAt'],
  ['ngay nop ho so', 'submittedAt'],
  ['ngay tra ket qua', 'returnedAt'],
  ['ngay tra du kien', 'dueAt'],
  ['ngay hen tra', 'dueAt'],
  ['han xu ly', 'dueAt'],
  ['trang thai', 'status'],
  ['tiep nhan', 'receivedAt'],
  ['ngay nop', 'submittedAt'],
  ['ngay tra', 'returnedAt'],
  ['hen tra', 'dueAt'],
  ['ma ho so', 'code'],
  ['chu ho so', 'applicant'],
  ['ly do', 'reason'],
];

/**
 * Status texts, matched as diacritic-free lower-case substrings in this order (the first hit wins):
 * an internal send-back for another appraisal ("Đã trả lại để thẩm định lại", "… để xem xét lại", from
 * the Struts/Dojo approval list in `header-variants.VARIANT_SOURCES.dojo`) is still open, so it comes before "trả lại";
 * refusals before "tiếp nhận"; "chờ trả" (finished, not yet handed over) before "trả kết quả". English
 * interfaces (iGate's English catalogue, OpenCPS's status codes `waiting`, `processing`, `releasing`,
 * `denied`, `cancelled`) are read too.
 */
export const STATUS_TEXTS: ReadonlyArray<readonly [string, DossierStatus]> = [
  ['tham dinh lai', 'processing'],
  ['xem xet lai', 'processing'],
  ['xu ly lai', 'processing'],
  ['tra lai de', 'processing'],
  ['rut ho so', 'withdrawn'],
  ['xin rut', 'withdrawn'],
  ['withdraw', 'withdrawn'],
  ['cancelled', 'withdrawn'],
  ['khong duoc tiep nhan', 'refused'],
  ['khong tiep nhan', 'refused'],
  ['tu choi', 'refused'],
  ['tra lai', 'refused'],
  ['reject', 'refused'],
  ['refuse', 'refused'],
  ['denied', 'refused'],
  ['not accepted', 'refused'],
  ['bo sung', 'waiting-additions'],
  ['tam dung', 'waiting-additions'],
  ['dung xu ly', 'waiting-additions'],
  ['supplement', 'waiting-additions'],
  ['additional', 'waiting-additions'],
  ['suspended', 'waiting-additions'],
  ['paused', 'waiting-additions'],
  ['on hold', 'waiting-additions'],
  ['cho tra', 'finished'],
  ['da xu ly xong', 'finished'],
  ['co ket qua', 'finished'],
  ['hoan thanh', 'finished'],
  ['da giai quyet', 'finished'],
  ['awaiting return', 'finished'],
  ['ready for return', 'finished'],
  ['releasing', 'finished'],
  ['completed', 'finished'],
  ['da tra ket qua', 'returned'],
  ['da tra ho so', 'returned'],
  ['tra ket qua', 'returned'],
  ['result returned', 'returned'],
  ['returned', 'returned'],
  ['moi dang ky', 'new'],
  ['moi nop', 'new'],
  ['moi tao', 'new'],
  ['cho tiep nhan', 'new'],
  ['newly registered', 'new'],
  ['awaiting acceptance', 'new'],
  ['moi tiep nhan', 'processing'],
  ['dang xu ly', 'processing'],
  ['duoc tiep nhan', 'processing'],
  ['da tiep nhan', 'processing'],
  ['thu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  ['cho xu ly', 'processing'],
  ['nghia vu tai chinh', 'processing'],
  ['chuyen xu ly', 'processing'],
  ['dang tham dinh', 'processing'],
  ['da tham dinh', 'processing'],
  ['da xem xet', 'processing'],
  ['da trinh', 'processing'],
  ['dang trinh', 'processing'],
  ['de xuat', 'processing'],
  ['phan cong', 'processing'],
  ['phe duyet', 'processing'],
  ['qua han', 'processing'],
  ['in progress', 'processing'],
  ['processing', 'processing'],
  ['under review', 'processing'],
  ['accepted', 'processing'],
  ['overdue', 'processing'],
];

/** Countdown labels (diacritic-free, lower case): never dates, kept as `remainingHint`. */
export const REMAINING_PATTERNS: ReadonlyArray<readonly [RegExp, 'left' | 'today' | 'overdue']> = [
  [/(?:da\s+)?(?:qua han|cham tien do|tre han|tre hen)\s*(\d+)\s*ngay/, 'overdue'],
  [/con(?:\s+lai)?\s*(\d+)\s*ngay/, 'left'],
  [/hom nay|trong (?:sang|chieu) nay|den han/, 'today'],
  [/overdue\s*(?:by\s*)?(\d+)\s*(?:working\s+)?days?/, 'overdue'],
  [/(\d+)\s*(?:working\s+)?days?\s*(?:overdue|late)/, 'overdue'],
  [/(\d+)\s*(?:working\s+)?days?\s*(?:left|remaining)/, 'left'],
  [/due today|\btoday\b/, 'today'],
];

/** A countdown that says it counts working days; any other is read as calendar days. */
export const WORKING_DAYS = /lam viec|working/;

/** Rows that are not dossiers: empty states and totals (diacritic-free, lower case). */
export const NON_DOSSIER_ROW = /^(?:khong co du lieu|khong tim thay|chua co (?:du lieu|ho so)|no data|khong co ho so|tong cong|tong so|tong:)/;

/** Headings that name the dossier of a detail view ("Chi tiết hồ sơ H21.57.14-220505-0007"). */
export const DETAIL_TITLE = /(?:chi tiet|thong tin)(?: chi tiet)? ho so/;
