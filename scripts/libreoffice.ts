/**
 * Converts .docx files to PDF with LibreOffice and reads them back with poppler, for the
 * layout tests and the sample images. Each run gets its own LibreOffice profile: a shared profile
 * makes a second concurrent soffice hand its job to the first and exit early.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
