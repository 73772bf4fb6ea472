/**
 * Document rendering: the apology letter, and the monthly report with 1,000 and 10,000 late rows,
 * each beside raw docxtemplater (same template, same tag values, same options) in the same run.
 * The difference is our overhead: zod parsing, building the tags, cleaning the text.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { renderApologyLetter } from '../lib/docs/apology-letter';
import { installNodeDefaultTemplates, readDefaultTemplate } from '../lib/docs/default-templates';
import { MonthlyReportDataSchema, monthlyReportTags, renderMonthlyReport, type MonthlyReportInput } from '../lib/docs/monthly-report';
import { ApologyLetterDataSchema, apologyLetterTags } from '../lib/docs/apology-letter';
import { sampleData } from '../lib/docs/sample-data';
import { timeMedian, type Figure } from './figure';

function rawDocxtemplater(template: Uint8Array, tags: object): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, errorLogging: false });
  doc.render(tags);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
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
  figures.push({
    name: 'apology letter (parse + render + zip)',
    value: await timeMedian(() => renderApologyLetter(letter), 21, 10),
    unit: 'ms',
    baseline: { name: 'raw docxtemplater', value: await timeMedian(() => rawDocxtemplater(letterTemplate, letterTags), 21, 10) },
    target: '< 50 ms',
  });

  const reportTemplate = readDefaultTemplate('monthly-report');
  for (const rows of [1000, 10000]) {
    const input = reportWith(rows);
    const tags = monthlyReportTags(MonthlyReportDataSchema.parse(input));
    const runs = rows > 1000 ? 3 : 5;
    figures.push({
      name: `monthly report, ${rows.toLocaleString('en')} late rows`,
      value: await timeMedian(() => renderMonthlyReport(input), runs, 1),
      unit: 'ms',
      baseline: { name: 'raw docxtemplater', value: await timeMedian(() => rawDocxtemplater(reportTemplate, tags), runs, 1) },
      target: '≤ 1.2× raw docxtemplater',
    });
  }
  return figures;
}
