/**
 * Real header and label variants, each with the public code it was read from (the search tool over
 * public repositories of Vietnamese one-stop and public-service systems; docs/portal-reference.md §3.3).
 * Test data only, never imported at run time (so it stays out of the bundle): every variant is a test
 * case that `vocabulary.MEANINGS` classifies to its field (tests/unit/portal/vocabulary.test.ts), the
 * property test builds lists from them, and every near miss must not be read as the field it resembles.
 */
import type { Field } from './vocabulary';

/** Sources of the header variants below (public code of Vietnamese one-stop systems; portal.md §1). */
export const VARIANT_SOURCES = {
  ocps: 'VietOpenCPS/frontend-opencps-v2.1 (docs/o/opencps-frontend-cli*/dvc, motcua, tracuu_hoso, dynamic_report; quanlyhienthi LandingTraCuuHoSo.vue)',
  ocpsReport: 'OpenCPS dynamic-report column config, index-only (fingerprint "/o/rest/v2/dossiers?top=statistic&online=true")',
  ocpsTable: 'VietOpenCPS/opencps-v2 danh_sach_hoso_table_design.ftl (portal.md S14)',
  thanhHoa: 'HuanVu201/DichVuCong_KhoaLuan_PASETO quantri_client/src/features/hoso/* and smartkios_client MauPhieu (portal.md S11)',
  epar: 'tamviettech/e-par public_html/apps/r3 (record_views, xml-config, report xml) (portal.md S12)',
  ninhKieu: 'nguyenhuynhy/NinhKieu HSHC DesktopModules (portal.md S13)',
  vbLookup: 'VB.NET one-stop lookup grid, index-only (fingerprint "GetInfoFromSearchCD0")',
  dojo: 'Struts 2 Dojo (sd:DataGrid) dossier approval list, index-only (fingerprint "filesAction!onSearchFileToApproveByCT.do")',
  phpList: 'PHP/Bootstrap DataTables dossier list, index-only (th "Số biên nhận · Tên người nộp · SDT · Ngày hẹn trả · Trạng thái hồ sơ")',
  canTho: 'Cần Thơ / MOH iGate dashboards and Quảng Ngãi iGate app (portal.md S7, S8, S9)',
  moc: 'thanhdat24/motcua-moc-frontend DossierTable.tsx',
  f7: 'f7deat/MotCua request list',
  liferayEgov: 'Liferay e-government portlet JSP (table.egov-table), index-only (fingerprint "searchByCoQuanQuanLyHoSo_QT")',
  landAntd: 'AntD land-registration one-stop detail list, index-only (fingerprint "HoSoCapGiayChungNhanDetail")',
  flutter: 'Flutter one-stop officer app, index-only (fingerprint "ProfileProcedureListItems")',
  register: 'Register "Sổ theo dõi hồ sơ" of Thông tư 01/2018 as rendered by S11e (portal.md §2.5)',
  igateEn: 'iGate English interface: labels of its JSON fields code, appointmentDate, acceptedDate, dossierStatus, applicant (portal.md §3.1) [I: wording not seen]',
  render: 'A real label above as browsers render it: upper-cased by CSS text, with a sort icon, a colon or a line break',
  opencps1: 'VietOpenCPS/opencps v1 (Liferay 6), as kept in the fork tuhoanganh/opencps: hooks/opencps-hook/docroot/WEB-INF/src/content/Language_vi.properties (keys reception-no, generate-reception-no, dossierfile-receptionno, reception-date, dossierStatus, actor-citizen)',
  ionegate: 'nbchicong/ionegate message/messages-receiver.properties (English) and _vi.properties; widget/receiver/receipt.html; widget/officer/print/list-wg.html; widget/officer/sideview/ticket-submit-widget.html; widget/superadmin/online-payment-detail-wg.html; widget/superadmin/logs/log-esb-tracking-content-wg.html',
  hcc: 'phamduclong/hanhchinhcong hanhchinhcong/resources/views/citizen/tracuuhoso.blade.php (citizen lookup table), resources/views/admin/hoso/list_hoso.blade.php, app/Http/Controllers/Admin/HomeController.php',
  dvcProto: 'PhucTran125/Dichvucong_prototype frontend/src/app/pages/document-detail.component.ts (Viettel judicial-record service prototype)',
  dvc2: 'PhuThuan/dichvucong2 resources/js/Pages/Admin_RequestsManagement.vue (commune request list)',
  hccPetition: 'Henry0902/HanhChinhCongXaPhuong DNC.WEB/Controllers/BaoCaoController.cs (commune petition report columns)',
  landExport: 'Land-registration dossier tracker, index-only (fingerprint "\'Ngày hẹn trả KQ\': r.expectedReturnDate")',
  hotich: 'Thanhramsey/hotich2 src/BAOCAO6.vue (Gia Lai iGate civil-status helper, portal.md S4): Vuetify tableHeaders',
  deadlineCard: 'Dossier record detail card, index-only (fingerprint "Hạn trả kết quả</label>" above "formatDate(record.deadline)")',
  citizenReport: 'Citizen requests to a city authority (street data, violation reports), index-only (th "Thời điểm gửi yêu cầu · Lý do chỉnh sửa · Tình trạng xử lý")',
  compensation: 'State-compensation case register spec, index-only (columns "Hình thức tiếp nhận … [DM_25]" and "Trạng thái giải quyết")',
  aspGrid: 'ASP.NET GridView of a dossier list, index-only (TemplateField HeaderText="Ngày nhận HS" bound to NgayTiepNhan)',
  landDesk: 'Land-registration desk sheet, index-only (fingerprint "{ key: \'gcnReceivedDate\', label: \'Ngày nhận GCN\' }")',
  communeList: 'Commune one-stop dossier list, index-only (th "Mã HS · Chủ HS · Trạng thái · Hạn giải quyết · Còn lại · Xã · Người thẩm tra")',
  petitionStats: 'Petition statistics table, index-only (th "Loại đơn · Đến hạn xử lý · Quá hạn xử lý · Đến hạn giải quyết · Quá hạn giải quyết")',
  issue: 'Named as a near miss in issue #11 itself (not seen in the public code searched)',
  phpOneStop: 'PHP one-stop print list, index-only (th "Trạng thái · Địa chỉ · Điện thoại · Người nộp hồ sơ · Chủ hồ sơ · Ngày nhận · Ngày hẹn trả")',
} as const;
export type VariantSource = keyof typeof VARIANT_SOURCES;

/** Real labels: [label as the page shows it, the field it names, where it was seen]. */
export const HEADER_VARIANTS: ReadonlyArray<readonly [label: string, field: Field, source: VariantSource]> = [
  // code
  ['Mã hồ sơ', 'code', 'ocps'], ['Mã số hồ sơ', 'code', 'ocps'], ['Số hồ sơ', 'code', 'ocps'], ['MÃ HỒ SƠ', 'code', 'thanhHoa'],
  ['Mã hồ sơ liên thông', 'code', 'thanhHoa'], ['Mã hồ sơ gốc', 'code', 'ocpsReport'], ['MÃ TK/BN', 'code', 'ocps'], ['Mã TK/BN', 'code', 'ocps'],
  ['Mã tham chiếu của hồ sơ liên thông', 'code', 'ocps'], ['Mã DVCQG', 'code', 'ocps'], ['Số biên nhận', 'code', 'ninhKieu'],
  ['Số biên nhận', 'code', 'vbLookup'], ['Số biên nhận', 'code', 'phpList'], ['Mã hồ sơ', 'code', 'epar'], ['Mã hồ sơ', 'code', 'dojo'],
  ['Mã hồ sơ', 'code', 'moc'], ['Mã hồ sơ', 'code', 'canTho'], ['Số yêu cầu', 'code', 'f7'], ['Mã hồ sơ', 'code', 'register'],
  ['Dossier code', 'code', 'igateEn'], ['Code', 'code', 'igateEn'], ['Dossier No.', 'code', 'igateEn'],
  ['Receipt number', 'code', 'igateEn'], ['Mã hồ sơ:', 'code', 'render'], ['MÃ SỐ HỒ SƠ', 'code', 'render'], ['Mã hồ sơ ▲', 'code', 'render'],
  ['Mã hồ sơ arrow_upward', 'code', 'render'], ['Số biên\nnhận', 'code', 'render'], ['SỐ BIÊN NHẬN', 'code', 'render'], ['Ma ho so', 'code', 'render'],
  ['Mã số biên nhận', 'code', 'liferayEgov'], ['Mã hồ sơ', 'code', 'liferayEgov'], ['Mã hồ sơ một cửa', 'code', 'landAntd'],
  ['Mã số biên nhận', 'code', 'landAntd'],
  // dueAt
  ['Ngày hẹn trả', 'dueAt', 'ocps'], ['NGÀY HẸN TRẢ', 'dueAt', 'ocps'], ['Hẹn trả', 'dueAt', 'ocps'], ['Ngày hẹn trả:', 'dueAt', 'ocps'],
  ['Hạn xử lý', 'dueAt', 'ocpsReport'], ['Ngày hẹn lại', 'dueAt', 'ocps'], ['Hẹn lại:', 'dueAt', 'ocps'], ['Hẹn trả ngày', 'dueAt', 'thanhHoa'],
  ['Ngày hẹn trả kết quả', 'dueAt', 'thanhHoa'], ['Hẹn trả kết quả', 'dueAt', 'thanhHoa'], ['Ngày hẹn trả mới', 'dueAt', 'thanhHoa'],
  ['Hạn xử lý', 'dueAt', 'thanhHoa'], ['Ngày giờ hẹn trả', 'dueAt', 'epar'], ['Hẹn trả công dân', 'dueAt', 'epar'],
  ['Ngày trả hẹn', 'dueAt', 'epar'], ['Hẹn ngày giải quyết', 'dueAt', 'epar'], ['Thời gian hẹn trả', 'dueAt', 'epar'],
  ['Ngày hẹn trả hồ sơ', 'dueAt', 'epar'], ['Ngày giờ [br] hẹn trả', 'dueAt', 'epar'], ['Ngày hẹn trả', 'dueAt', 'ninhKieu'],
  ['Ngày hẹn trả', 'dueAt', 'dojo'], ['Ngày hẹn trả', 'dueAt', 'phpList'], ['Ngày trả dự kiến', 'dueAt', 'canTho'], ['Ngày hẹn trả', 'dueAt', 'moc'],
  ['Hẹn trả kết quả', 'dueAt', 'register'], ['Appointment date', 'dueAt', 'igateEn'], ['Appointment', 'dueAt', 'igateEn'],
  ['Due date', 'dueAt', 'igateEn'], ['Ngày hẹn trả ▼', 'dueAt', 'render'], ['NGÀY GIỜ HẸN TRẢ', 'dueAt', 'render'], ['Ngày hẹn\ntrả', 'dueAt', 'render'],
  ['Ngay hen tra', 'dueAt', 'render'], ['Ngày hẹn trả', 'dueAt', 'landAntd'], ['Hạn xử lý', 'dueAt', 'flutter'],
  // receivedAt
  ['Ngày tiếp nhận', 'receivedAt', 'ocps'], ['NGÀY TIẾP NHẬN', 'receivedAt', 'ocps'], ['Ngày tiếp nhận hồ sơ', 'receivedAt', 'ocps'],
  ['Thời gian tiếp nhận hồ sơ', 'receivedAt', 'ocps'], ['Ngày tiếp nhận', 'receivedAt', 'ocpsReport'], ['Tiếp nhận ngày', 'receivedAt', 'thanhHoa'],
  ['Ngày nhận', 'receivedAt', 'thanhHoa'], ['Ngày tiếp nhận', 'receivedAt', 'thanhHoa'], ['Ngày tiếp nhận hồ sơ', 'receivedAt', 'thanhHoa'],
  ['Tiếp nhận trực tiếp', 'receivedAt', 'thanhHoa'], ['Tiếp nhận trực tuyến', 'receivedAt', 'thanhHoa'], ['Ngày nhận', 'receivedAt', 'epar'],
  ['Ngày tiếp nhận', 'receivedAt', 'epar'], ['Ngày giờ tiếp nhận', 'receivedAt', 'epar'], ['Thời gian tiếp nhận hồ sơ', 'receivedAt', 'epar'],
  ['Ngày nhận hồ sơ', 'receivedAt', 'epar'], ['Ngày nhận', 'receivedAt', 'ninhKieu'], ['Ngày nhận', 'receivedAt', 'vbLookup'],
  ['Ngày đến', 'receivedAt', 'dojo'], ['Nhận hồ sơ', 'receivedAt', 'register'], ['Ngày tiếp nhận', 'receivedAt', 'f7'],
  ['Ngày tiếp nhận', 'receivedAt', 'canTho'], ['Accepted date', 'receivedAt', 'igateEn'], ['Received date', 'receivedAt', 'igateEn'],
  ['Date received', 'receivedAt', 'igateEn'], ['Ngày tiếp nhận ▲', 'receivedAt', 'render'], ['NGÀY GIỜ TIẾP NHẬN', 'receivedAt', 'render'],
  ['Ngày tiếp\nnhận', 'receivedAt', 'render'], ['Ngay tiep nhan', 'receivedAt', 'render'], ['Ngày nhận:', 'receivedAt', 'render'],
  ['Ngày tiếp nhận', 'receivedAt', 'landAntd'],
  // status
  ['Trạng thái', 'status', 'ocps'], ['Tình trạng', 'status', 'ocps'], ['Trạng thái hồ sơ', 'status', 'ocps'], ['Trạng thái', 'status', 'ocpsReport'],
  ['Trạng thái', 'status', 'thanhHoa'], ['Tên trạng thái', 'status', 'thanhHoa'], ['Trạng thái hồ sơ :', 'status', 'thanhHoa'],
  ['Tình trạng', 'status', 'vbLookup'], ['Kết quả xem xét', 'status', 'dojo'],
  ['Trạng thái hồ sơ', 'status', 'phpList'], ['Trạng thái', 'status', 'moc'], ['Trạng thái', 'status', 'f7'], ['Trạng thái', 'status', 'canTho'],
  ['Status', 'status', 'epar'], ['Status', 'status', 'igateEn'],
  ['Dossier status', 'status', 'igateEn'], ['State', 'status', 'igateEn'], ['TRẠNG THÁI', 'status', 'render'], ['Trạng thái ▼', 'status', 'render'],
  ['Trạng thái:', 'status', 'render'], ['Tinh trang', 'status', 'render'], ['TÌNH TRẠNG', 'status', 'render'], ['Trạng\nthái', 'status', 'render'],
  ['Trang thai', 'status', 'render'], ['Trạng thái arrow_downward', 'status', 'render'], ['Tình trạng:', 'status', 'render'],
  ['Status ▲', 'status', 'render'], ['Tên trạng thái hồ sơ', 'status', 'ocps'], ['Trạng thái hồ sơ ▲', 'status', 'render'],
  ['TRẠNG THÁI HỒ SƠ', 'status', 'render'], ['Trạng thái hồ sơ', 'status', 'landAntd'], ['Tình trạng hồ sơ', 'status', 'flutter'],
  // applicant
  ['Chủ hồ sơ', 'applicant', 'ocps'], ['Tên chủ hồ sơ', 'applicant', 'ocps'], ['Người nộp', 'applicant', 'ocps'], ['Công dân', 'applicant', 'ocps'],
  ['Tổ chức, doanh nghiệp', 'applicant', 'ocps'], ['Họ và tên', 'applicant', 'ocps'], ['Họ tên', 'applicant', 'ocps'], ['HỌ TÊN', 'applicant', 'ocps'],
  ['Tên công dân, tổ chức, doanh nghiệp', 'applicant', 'ocps'], ['Tên người nộp hồ sơ', 'applicant', 'ocps'], ['NGƯỜI NỘP', 'applicant', 'ocps'],
  ['Chủ hồ sơ', 'applicant', 'ocpsReport'], ['Người nộp hồ sơ', 'applicant', 'ocpsReport'], ['Chủ hồ sơ', 'applicant', 'thanhHoa'],
  ['Người yêu cầu', 'applicant', 'thanhHoa'], ['Người đăng ký', 'applicant', 'epar'], ['Họ tên người nộp hồ sơ:', 'applicant', 'epar'],
  ['Người nộp', 'applicant', 'ninhKieu'], ['Họ tên', 'applicant', 'vbLookup'], ['Tên tổ chức, cá nhân', 'applicant', 'dojo'],
  ['Tên người nộp', 'applicant', 'phpList'], ['Chủ hồ sơ', 'applicant', 'moc'], ['Người yêu cầu', 'applicant', 'f7'], ['Chủ hồ sơ', 'applicant', 'canTho'],
  ['Tên cá nhân, tổ chức', 'applicant', 'register'], ['Applicant', 'applicant', 'igateEn'], ['Owner', 'applicant', 'igateEn'],
  ['Applicant name', 'applicant', 'igateEn'], ['CHỦ HỒ SƠ', 'applicant', 'render'], ['Chu ho so', 'applicant', 'render'],
  ['Chủ hồ sơ ▲', 'applicant', 'render'], ['Tổ chức, Công\ndân nộp hồ sơ', 'applicant', 'liferayEgov'], ['Chủ hồ sơ', 'applicant', 'landAntd'],
  // Added from further public code (see VARIANT_SOURCES; each distinct label after NFC and case folding).
  ['Mã tiếp nhận', 'code', 'opencps1'], ['Mã tiếp nhận hồ sơ', 'code', 'opencps1'], ['Hồ sơ số', 'code', 'opencps1'],
  ['Mã HS:', 'code', 'epar'], ['Receipt Code', 'code', 'ionegate'], ['Ticket serial number', 'code', 'ionegate'],
  ['Mã số biên nhận', 'code', 'ionegate'], ['Hồ sơ mã số:', 'code', 'thanhHoa'], ['Mã đơn', 'code', 'dvc2'], ['Mã tiếp nhận:', 'code', 'render'],
  ['Gia hạn trả đến:', 'dueAt', 'ionegate'], ['Hẹn trả kết quả:', 'dueAt', 'ionegate'], ['Ngày hẹn trả hồ sơ', 'dueAt', 'ionegate'],
  ['Ngày hẹn trả KQ', 'dueAt', 'landExport'], ['Ngày hẹn trả', 'dueAt', 'phpOneStop'], ['Ngày hẹn trả', 'dueAt', 'opencps1'],
  ['Hạn xử lý', 'dueAt', 'opencps1'],
  ['Thời gian tiếp nhận', 'receivedAt', 'opencps1'], ['Thời gian tiếp nhận:', 'receivedAt', 'ionegate'], ['Received date', 'receivedAt', 'ionegate'],
  ['Tiếp nhận:', 'receivedAt', 'ionegate'], ['Ngày tiếp nhận đơn', 'receivedAt', 'hccPetition'], ['Ngày giờ [br] tiếp nhận', 'receivedAt', 'epar'],
  ['Ngày tiếp nhận', 'receivedAt', 'landExport'], ['Ngày nhận hồ sơ', 'receivedAt', 'opencps1'], ['Ngày nhận', 'receivedAt', 'phpOneStop'],
  ['Trạng Thái Xử Lý', 'status', 'hcc'], ['Trạng thái chính', 'status', 'opencps1'], ['Status', 'status', 'ionegate'],
  ['Trạng Thái hồ sơ', 'status', 'hcc'], ['Trạng thái', 'status', 'phpOneStop'], ['Trạng thái', 'status', 'landExport'],
  ['Họ Tên Người Nộp', 'applicant', 'hcc'], ['Họ tên người nộp:', 'applicant', 'epar'], ['Họ và tên chủ hồ sơ', 'applicant', 'dvcProto'],
  ['Họ và tên người đăng ký', 'applicant', 'epar'], ['Người làm thủ tục', 'applicant', 'opencps1'], ['Tên công dân', 'applicant', 'epar'],
  ['Người nộp hồ sơ', 'applicant', 'ionegate'], ['Người nộp hồ sơ', 'applicant', 'phpOneStop'], ['Chủ hồ sơ', 'applicant', 'opencps1'],
  ['Dossier Code', 'code', 'hotich'], ['Trang Thai', 'status', 'hotich'], ['Hạn trả kết quả', 'dueAt', 'deadlineCard'],
  ['Người nộp(In BL)', 'applicant', 'thanhHoa'], ['Tình trạng xử lý', 'status', 'citizenReport'],
  ['Tên tổ chức, doanh nghiệp', 'applicant', 'ocps'], ['Trạng thái giải quyết', 'status', 'compensation'],
  ['Ngày nhận HS', 'receivedAt', 'aspGrid'], ['Ngày nhận HS', 'receivedAt', 'landDesk'],
  ['Chủ HS', 'applicant', 'communeList'], ['Hạn giải quyết', 'dueAt', 'communeList'], ['Mã HS', 'code', 'communeList'], ['Trạng thái', 'status', 'communeList'],
];

/**
 * Near misses met beside the key columns in the same public code: none may be read as the key field
 * named with certainty (another field, or none; tests/unit/portal/vocabulary.test.ts). Replies, requests
 * for additions, hand-offs and settings are not the citizen's appointment; a personal or step deadline
 * and an earlier appointment keep only a weak reading, used when no column names the appointment
 * (typing.settleColumns keeps the strongest). Officers, counts, transactions and payment or account
 * states are not the applicant, the code or the dossier's status. Two words stay ambiguous and are left
 * out: "Người gửi" (the applicant in some lists, the sending officer in e-par's statistics) and "Owner"
 * (iOnegate's English for "Đơn vị xử lý", iGate's `ownerFullname` for the applicant).
 */
export const NEAR_MISSES: ReadonlyArray<readonly [label: string, not: Field, source: VariantSource]> = [
  // Not the citizen's appointment.
  ['Ngày hẹn trả bổ sung', 'dueAt', 'issue'], ['Ngày hẹn trả cá nhân', 'dueAt', 'thanhHoa'], ['Ngày hẹn trả trước', 'dueAt', 'thanhHoa'],
  ['Hạn xử lý cá nhân', 'dueAt', 'thanhHoa'], ['Hạn xử lý của cán bộ', 'dueAt', 'issue'], ['Ngày hẹn trả lời', 'dueAt', 'ocps'],
  ['Thời hạn giải quyết', 'dueAt', 'opencps1'], ['Thời hạn giải quyết hồ sơ', 'dueAt', 'opencps1'], ['Kế thừa hạn xử lý', 'dueAt', 'ionegate'],
  ['Ngày xử lý hồ sơ', 'dueAt', 'ionegate'], ['Ngày trả lời', 'dueAt', 'ionegate'], ['Ngày thông báo bổ sung', 'dueAt', 'epar'],
  ['Ngày bàn giao về MC', 'dueAt', 'epar'], ['Ngày trả thực tế', 'dueAt', 'epar'], ['Ngày sinh', 'dueAt', 'ionegate'],
  ['Đến hạn giải quyết', 'dueAt', 'petitionStats'], ['Đến hạn xử lý', 'dueAt', 'petitionStats'],
  // Not the dossier's receipt.
  ['Ngày bàn giao về MC', 'receivedAt', 'epar'], ['Ngày sinh', 'receivedAt', 'ionegate'], ['Ngày thanh toán', 'receivedAt', 'ionegate'],
  ['Ngày từ chối', 'receivedAt', 'epar'], ['Ngày nhận GCN', 'receivedAt', 'landDesk'], ['Ngày nộp VPĐK', 'receivedAt', 'landDesk'],
  ['Cán bộ tiếp nhận', 'receivedAt', 'epar'], ['Đơn vị tiếp nhận', 'receivedAt', 'f7'], ['Số hồ sơ tiếp nhận', 'receivedAt', 'hcc'],
  // Not the dossier code.
  ['Số hồ sơ tiếp nhận', 'code', 'hcc'], ['Mã giao dịch', 'code', 'ionegate'], ['Mã thủ tục', 'code', 'ionegate'], ['Mã lĩnh vực', 'code', 'ionegate'],
  ['Số CMND', 'code', 'ionegate'], ['Mã định danh', 'code', 'opencps1'], ['Mã số thuế', 'code', 'opencps1'], ['Số điện thoại', 'code', 'ionegate'],
  // Not the dossier's status.
  ['Tình trạng thanh toán', 'status', 'opencps1'], ['Trạng thái tài khoản', 'status', 'opencps1'], ['Mã trạng thái', 'status', 'ionegate'],
  ['Trạng thái tiếp theo', 'status', 'thanhHoa'],
  // Not the applicant.
  ['Nguời tiếp nhận', 'applicant', 'ionegate'], ['Người tiếp nhận', 'applicant', 'thanhHoa'], ['Người số hóa', 'applicant', 'thanhHoa'],
  ['Người xử lý', 'applicant', 'thanhHoa'], ['Người thẩm tra', 'applicant', 'communeList'], ['Tên Cán Bộ Xử Lý', 'applicant', 'hcc'],
  ['Tên hồ sơ', 'applicant', 'ionegate'], ['Tên thủ tục hành chính', 'applicant', 'ionegate'], ['Số điện thoại', 'applicant', 'ionegate'],
];
