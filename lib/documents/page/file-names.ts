/**
 * Names of the downloaded files: ASCII only, so they survive e-mail, zip tools and old Windows
 * shares; Vietnamese letters lose their marks (đ becomes d) and anything unsafe becomes "-".
 */
import { DOCUMENT_KINDS } from '../kinds';
import type { TemplateKind } from '../templates/defaults';

export function asciiFileStem(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 150);
}

function docxName(prefix: string, subject: string): string {
  const stem = asciiFileStem(subject);
  return `${prefix}${stem === '' ? '' : `_${stem}`}.docx`;
}

const kindFileName = (kind: TemplateKind, subject: string): string => docxName(DOCUMENT_KINDS[kind].fileStem, subject);

/** `Phieu-xin-loi_H21.57.14-220513-0001.docx` */
export const letterFileName = (dossierCode: string): string => kindFileName('apology-letter', dossierCode);

/** `Phieu-yeu-cau-bo-sung_H21.57.14-220518-0011.docx` */
export const supplementFileName = (dossierCode: string): string => kindFileName('supplement-request', dossierCode);

/** `Bao-cao-ho-so-tra-lai-tre-han_2022-05.docx`; `month` is the period's 'YYYY-MM'. */
export const reportFileName = (month: string): string => kindFileName('monthly-report', month);

export const explanationFileName = (dossierCode: string): string => kindFileName('explanation', dossierCode);

/** The default template of a kind, as offered for download: `Mau-mac-dinh_monthly-report.docx`. */
export const defaultTemplateFileName = (kind: string): string => docxName('Mau-mac-dinh', kind);

/** `Nhac-Han-sao-luu_2022-05-20T08-00.json` */
export const backupFileName = (at: string): string => `Nhac-Han-sao-luu_${asciiFileStem(at.replace(':', '-'))}.json`;
