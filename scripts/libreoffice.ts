/**
 * Converts .docx files to PDF with LibreOffice and reads them back with poppler, for the
 * layout tests and the sample images. Each run gets its own LibreOffice profile: a shared profile
 * makes a second concurrent soffice hand its job to the first and exit early.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PizZip from 'pizzip';

export function findTool(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Converts every .docx in `files` to PDF in `outDir` with one soffice start; returns the PDF paths. */
export function convertToPdf(files: string[], outDir: string): string[] {
  const soffice = findTool('soffice');
  if (soffice === undefined) {
    throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui fonts-liberation2');
  }
  const profile = mkdtempSync(join(tmpdir(), 'nhac-han-lo-'));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => join(outDir, file.replace(/^.*\//, '').replace(/\.docx$/, '.pdf')));
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page 1 as a PNG at `dpi`, written to `pngPath`. */
export function firstPagePng(pdf: string, pngPath: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngPath.replace(/\.png$/, '')]);
}

/**
 * Every sheet of an .xlsx as CSV text (UTF-8, cells as Excel would display them), in sheet order,
 * through LibreOffice Calc: the tests compare what an officer would see, not what the writer meant.
 */
export function xlsxSheetsAsCsv(file: string): Map<string, string> {
  const soffice = findTool('soffice');
  if (soffice === undefined) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
  const work = mkdtempSync(join(tmpdir(), 'nhac-han-csv-'));
  try {
    // Filter options: comma, double quote, UTF-8 (76), from row 1, …, "as shown" on, sheet -1 = every sheet to its own file.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const base = file.replace(/^.*\//, '').replace(/\.xlsx$/, '');
    const sheets = new Map<string, string>();
    for (const name of sheetNamesOf(file)) sheets.set(name, readFileSync(join(work, `${base}-${name}.csv`), 'utf8'));
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The sheet names of an .xlsx, in the workbook's order. */
function sheetNamesOf(file: string): string[] {
  const xml = new PizZip(readFileSync(file)).file('xl/workbook.xml')?.asText() ?? '';
  const unescape = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

/** CSV text as rows of cells (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
