import type { Day } from '../dossier/schema';

/**
 * The Prime Minister's yearly holiday schedule for civil servants (công chức, viên chức), as data.
 * BLLĐ 2019 Art. 112(3) lets the PM fix the Tết days and the day joined to 2/9; the Văn phòng
 * Chính phủ also announces swaps (hoán đổi) of a weekday off against a make-up working Saturday.
 * Fixed-date holidays and their compensatory days are not listed: the statutory rules produce them.
 * Every entry cites where it was read; a year with no entry falls back to the statutory defaults.
 */
export interface OfficialSchedule {
  /** The announced Tết break, weekends included ("nghỉ từ … đến hết …"); its weekdays are the Tết holiday. */
  tetBreak?: readonly [Day, Day];
  /** The day joined to Quốc khánh 2/9 (from 2021). */
  nationalDayExtra?: Day;
  /** Weekdays given off in exchange for a make-up Saturday, or other extra days off. */
  daysOff: readonly { day: Day; name: string }[];
  /** Make-up working days (usually Saturdays). */
  workingDays: readonly { day: Day; name: string }[];
  sources: readonly string[];
}

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = {
  2020: {
    tetBreak: ['2020-01-23', '2020-01-29'],
    daysOff: [],
    workingDays: [],
    sources: [
      'Sở Công Thương Đắk Lắk, tin 07/01/2020: nghỉ Tết 7 ngày từ 23/1 đến hết 29/1/2020 (29 Chạp Kỷ Hợi – mùng 5 Canh Tý) — https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2',
    ],
  },
  2021: {
    tetBreak: ['2021-02-10', '2021-02-16'],
    nationalDayExtra: '2021-09-03',
    daysOff: [],
    workingDays: [],
    sources: [
      'Hànộimới, "Lịch nghỉ Tết Nguyên đán Tân Sửu và Quốc khánh 2/9": Tết 10–16/2/2021, Quốc khánh nghỉ 4 ngày liên tiếp — https://hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html',
    ],
  },
  2022: {
    tetBreak: ['2022-01-29', '2022-02-06'],
    nationalDayExtra: '2022-09-01',
    daysOff: [],
    workingDays: [],
    sources: [
      'Công văn 245/VPCP-KGVX (11/01/2022): Tết 5 ngày chính thức cùng 4 ngày nghỉ cuối tuần trước và sau Tết — https://kinhtemoitruong.vn./nghi-82743.tag',
      'Quốc khánh 01–02/09/2022 (lịch nghỉ 2022 công bố lại) — https://scon.com.vn/vi/cac-ngay-nghi-le-trong-nam-2022/',
    ],
  },
  2023: {
    tetBreak: ['2023-01-20', '2023-01-26'],
    daysOff: [],
    workingDays: [],
    sources: [
      'Phó Thủ tướng Vũ Đức Đam đồng ý nghỉ Tết Âm lịch từ 20/1 đến hết 26/1/2023 — https://pld.net.vn/tag/nghi-tet-nguyen-dan.html',
      '1/1/2023 (Chủ nhật) nghỉ bù thứ Hai 2/1; 29/4–3/5 nghỉ bù theo luật, không hoán đổi — http://118.69.84.237:801/phap-luat/tim-tu-van?page=2344 ; https://todaycnews.com/thaonguyen/nghi-le-30-4',
    ],
  },
  2024: {
    tetBreak: ['2024-02-08', '2024-02-14'],
    nationalDayExtra: '2024-09-03',
    daysOff: [{ day: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)' }],
    workingDays: [{ day: '2024-05-04', name: 'Làm bù cho thứ Hai 29/04/2024' }],
    sources: [
      'Công văn 8662/VPCP-KGVX: Tết 8/2–14/2/2024; Quốc khánh 31/8–3/9/2024 — https://th389.vn/thu-tuong-chinh-phu-pham-minh-chinh-dong-y-nghi-tet-nguyen-dan-2024-trong-7-ngay-a172920.html',
      'Công văn 2450/VPCP-KGVX (12/4/2024): nghỉ 27/4–1/5/2024, hoán đổi thứ Hai 29/4 với thứ Bảy 4/5 — https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html',
    ],
  },
  2025: {
    tetBreak: ['2025-01-25', '2025-02-02'],
    nationalDayExtra: '2025-09-01',
    daysOff: [{ day: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)' }],
    workingDays: [{ day: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025' }],
    sources: [
      'Công văn 8726/VPCP-KGVX (26/11/2024): Tết 27–31/1/2025 cùng 4 ngày cuối tuần (25/1–2/2), hoán đổi dịp 30/4–1/5, Quốc khánh — https://luatvietnam.vn/tin-van-ban-moi/tet-nguyen-dan-at-ty-2025-nghi-9-ngay-lien-tuc-186-100057-article.html',
      'domain.md §3: 30/4–4/5/2025 with Fri 2/5 swapped for Sat 26/4; Quốc khánh 30/8–2/9/2025 (kienthuc.net.vn, thanhnien.vn)',
    ],
  },
  2026: {
    tetBreak: ['2026-02-14', '2026-02-22'],
    nationalDayExtra: '2026-09-01',
    daysOff: [
      { day: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)' },
      { day: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)' },
    ],
    workingDays: [
      { day: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026' },
      { day: '2026-08-22', name: 'Làm bù cho thứ Hai 31/08/2026' },
    ],
    sources: [
      'Công văn 12729/VPCP-KGVX (25/12/2025), per domain.md §3 (kienthuc.net.vn, thanhnien.vn, collector.com.tr)',
      'Tết Dương lịch 1–4/1/2026 — https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289',
      'Tết Bính Ngọ 14/2–22/2/2026 — http://www.congan.com.vn/?catid=702&id=388656&mod=detnews',
    ],
  },
};
