/**
 * The monthly report of returned and late dossiers, on landscape A4: the late-dossier table has
 * ten columns, which portrait A4 cannot hold at a readable size.
 */
import { SEEN_TOTAL_TAGS } from '../../lib/documents/vocabulary';
import { p, rule, table, type Cell } from './ooxml';
import { body, closing, closingBlock, headerBlock, textWidth, title } from './page';

// 10 pt lets a dossier code and a dd/mm/yyyy date fit their columns on one line.
const SIZE = 10;
const headCell = (text: string): Cell => ({ content: p(text, { align: 'center', bold: true, size: SIZE }), shade: true });
const cell = (text: string, align: 'left' | 'center' = 'left'): Cell => ({ content: p(text, { align, size: SIZE }) });
const heading = (text: string): string => body(text, { bold: true, keepNext: true, before: 6, firstLine: 0 });

/** A table whose second row repeats once per item of `loop`, then the "nothing this period" line. */
function loopTable(loop: string, widths: number[], heads: string[], fields: string[], nothing: string): string {
  const cells = fields.map((field, i) => {
    const open = i === 0 ? `{#${loop}}` : '';
    const close = i === fields.length - 1 ? `{/${loop}}` : '';
    return cell(`${open}{${field}}${close}`, field === 'index' || field === 'daysLate' ? 'center' : 'left');
  });
  return (
    table({ widths, borders: true, rows: [{ header: true, cells: heads.map(headCell) }, { cells }] }) +
    p(`{^${loop}}`) +
    body(nothing, { italic: true }) +
    p(`{/${loop}}`)
  );
}

/**
 * The period's totals in the shape of Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): received
 * (total, online, in person or by post, carried over), resolved (total, early, on time, late) and
 * pending (total, within time, late), one row, counted over the dossiers this browser saw.
 */
function seenTotalsTable(): string {
  const groups: Cell[] = [
    { content: p('Tiếp nhận', { align: 'center', bold: true, size: SIZE }), span: 4, shade: true },
    { content: p('Đã giải quyết', { align: 'center', bold: true, size: SIZE }), span: 4, shade: true },
    { content: p('Đang giải quyết', { align: 'center', bold: true, size: SIZE }), span: 3, shade: true },
  ];
  const heads = [
    'Tổng số',
    'Trực tuyến',
    'Trực tiếp, bưu chính',
    'Từ kỳ trước',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
  ];
  return table({
    widths: [1300, 1300, 1300, 1300, 1250, 1250, 1250, 1250, 1260, 1260, 1240],
    borders: true,
    rows: [
      { header: true, cells: groups },
      { header: true, cells: heads.map(headCell) },
      { cells: SEEN_TOTAL_TAGS.map((field) => cell(`{${field}}`, 'center')) },
    ],
  });
}

export function monthlyReport(): string {
  const unitsTable = table({
    widths: [700, 7300, 2000, 2000, 2000],
    borders: true,
    rows: [
      { header: true, cells: ['STT', 'Đơn vị', 'Hồ sơ bị trả lại', 'Hồ sơ trễ hạn', 'Tổng số'].map(headCell) },
      {
        cells: [
          cell('{#units}{index}', 'center'),
          cell('{unit}'),
          cell('{returnedCount}', 'center'),
          cell('{lateCount}', 'center'),
          cell('{totalCount}{/units}', 'center'),
        ],
      },
      {
        cells: [
          { content: p('Tổng cộng', { align: 'center', bold: true, size: SIZE }), span: 2 },
          { content: p('{returnedCount}', { align: 'center', bold: true, size: SIZE }) },
          { content: p('{lateCount}', { align: 'center', bold: true, size: SIZE }) },
          { content: p('{totalCount}', { align: 'center', bold: true, size: SIZE }) },
        ],
      },
    ],
  });
  return [
    headerBlock('landscape'),
    p('', { size: 6, after: 6 }),
    title('BÁO CÁO', { after: 0 }),
    title('Tình hình hồ sơ bị trả lại và hồ sơ giải quyết trễ hạn {periodLabel}', { after: 0 }),
    rule('NhacHanRuleShort', 3000, textWidth('landscape')),
    p('Kính gửi: {addressee}.', { align: 'center', size: 14, before: 6, after: 0 }),
    p('({dataNote})', { align: 'center', size: 13, italic: true, after: 6 }),
    body(
      'Thực hiện chế độ báo cáo định kỳ hằng tháng, {agencyName} báo cáo tình hình hồ sơ bị trả lại và hồ sơ giải quyết trễ hạn trong kỳ báo cáo từ {periodFrom} đến {periodTo} như sau:',
    ),
    heading('I. SỐ HỒ SƠ TRONG KỲ'),
    body('{seenNote}', { italic: true, size: 12 }),
    seenTotalsTable(),
    heading('II. TỔNG HỢP HỒ SƠ BỊ TRẢ LẠI VÀ TRỄ HẠN THEO ĐƠN VỊ'),
    body(
      'Trong kỳ có {returnedCount} hồ sơ bị trả lại và {lateCount} hồ sơ giải quyết trễ hạn, tổng cộng {totalCount} hồ sơ.',
    ),
    unitsTable,
    heading('III. DANH SÁCH HỒ SƠ BỊ TRẢ LẠI'),
    loopTable(
      'returned',
      [600, 2450, 2700, 1800, 1250, 1250, 2000, 1950],
      ['STT', 'Mã hồ sơ', 'Thủ tục hành chính', 'Người nộp', 'Tiếp nhận', 'Trả lại', 'Đơn vị trả lại', 'Lý do'],
      ['index', 'dossierCode', 'procedure', 'applicant', 'receivedAt', 'returnedAt', 'returnedBy', 'reason'],
      'Trong kỳ không có hồ sơ bị trả lại.',
    ),
    heading('IV. DANH SÁCH HỒ SƠ GIẢI QUYẾT TRỄ HẠN'),
    loopTable(
      'late',
      [500, 2150, 1850, 1300, 1150, 1150, 1150, 650, 1400, 1350, 1350],
      [
        'STT',
        'Mã hồ sơ',
        'Thủ tục hành chính',
        'Người nộp',
        'Tiếp nhận',
        'Hẹn trả',
        'Hoàn thành',
        'Số ngày trễ',
        'Lý do trễ hạn',
        'Đơn vị chịu trách nhiệm',
        'Văn bản xin lỗi',
      ],
      ['index', 'dossierCode', 'procedure', 'applicant', 'receivedAt', 'dueAt', 'finishedAt', 'daysLate', 'reason', 'responsible', 'apology'],
      'Trong kỳ không có hồ sơ giải quyết trễ hạn.',
    ),
    body('Số ngày trễ tính theo ngày làm việc.', { italic: true, size: 12 }),
    heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    body('{remarks}', { keepNext: true }),
    closing('Trên đây là báo cáo tình hình hồ sơ bị trả lại và hồ sơ giải quyết trễ hạn {periodLabel} của {agencyName}./.'),
    closingBlock('landscape'),
  ].join('');
}
