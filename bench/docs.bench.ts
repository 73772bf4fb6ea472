/**
 * Document rendering: the apology letter, and the monthly report with 1,000 and 10,000 late rows,
 * each beside raw docxtemplater (same template, same tag values, same options) in the same run.
 * The difference is our overhead: zod parsing, building the tags, cleaning the text.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { renderApologyLetter } from '../lib/documents/apology-letter';
import { installNodeDefaultTemplates, readDefaultTemplate } from '../lib/documents/templates/defaults-node';
import { MonthlyReportDataSchema, monthlyReportTags, renderMonthlyReport, type MonthlyReportInput } from '../lib/documents/monthly-report';
import { ApologyLetterDataSchema, apologyLetterTags } from '../lib/documents/apology-letter';
import { sampleData } from '../lib/documents/templates/sample-data';
import type { Figure } from './figure';

function rawDocxtemplater(template: Uint8Array, tags: object): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, errorLogging: false });
  doc.render(tags);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Medians of `ours` and `raw` timed alternately, after `warmup` calls of each: timing one fully
 * before the other let JIT warm-up and garbage collection favour whichever ran second.
 */
async function interleavedMedians(ours: () => unknown, raw: () => unknown, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) {
    ours();
    raw();
  }
  const times = { ours: [] as number[], raw: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [key, fn] of [['ours', ours], ['raw', raw]] as const) {
      const t0 = performance.now();
      fn();
      times[key].push(performance.now() - t0);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { ours: median(times.ours), raw: median(times.raw) };
}

function reportWith(rows: number): MonthlyReportInput {
  const base = sampleData('monthly-report');
  return {
    ...base,
    late: Array.from({ length: rows }, (_, i) => ({
      dossierCode: `H21.57.14-2205${String(i % 28).padStart(2, '0')}-${String(i).padStart(4, '0')}`,
      procedure: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      applicant: `Nguyễn Văn Thử ${i}`,
      receivedAt: '2022-05-04T08:30',
      dueAt: '2022-05-10T17:00',
      ...(i % 3 === 0 ? {} : { finishedAt: '2022-05-12T10:00' }),
      daysLate: 1 + (i % 9),
      reason: 'Chậm chuyển hồ sơ sang cơ quan thuế',
      responsible: `Phòng chuyên môn ${i % 12}`,
    })),
  };
}

export default async function (): Promise<Figure[]> {
  installNodeDefaultTemplates();
  const figures: Figure[] = [];

  const letter = sampleData('apology-letter');
  const letterTemplate = readDefaultTemplate('apology-letter');
  const letterTags = apologyLetterTags(ApologyLetterDataSchema.parse(letter));
  const letterTimes = await interleavedMedians(
    () => renderApologyLetter(letter),
    () => rawDocxtemplater(letterTemplate, letterTags),
    31,
    10,
  );
  figures.push({
    name: 'apology letter (parse + render + zip)',
    value: letterTimes.ours,
    unit: 'ms',
    baseline: { name: 'raw docxtemplater', value: letterTimes.raw },
    target: '< 50 ms',
  });

  const reportTemplate = readDefaultTemplate('monthly-report');
  for (const rows of [1000, 10000]) {
    const input = reportWith(rows);
    const tags = monthlyReportTags(MonthlyReportDataSchema.parse(input));
    const times = await interleavedMedians(
      () => renderMonthlyReport(input),
      () => rawDocxtemplater(reportTemplate, tags),
      rows > 1000 ? 3 : 9,
      1,
    );
    figures.push({
      name: `monthly report, ${rows.toLocaleString('en')} late rows`,
      value: times.ours,
      unit: 'ms',
      baseline: { name: 'raw docxtemplater', value: times.raw },
      target: '≤ 1.2× raw docxtemplater',
    });
  }
  return figures;
}
