/**
 * What an office template may not carry, checked before it is stored (issue 16 items 9 and 10):
 * - size: at most 10 MB uploaded and 50 MB unpacked, judged from the archive's declared sizes before
 *   anything is inflated, then confirmed by inflating each part only up to what it declared (a
 *   0.4 MB zip bomb once took 22 s and 3.4 GB of memory);
 * - macros: a macro-enabled document (.docm, `vbaProject.bin`, ActiveX controls) is refused, since
 *   every generated document would carry them;
 * - external targets: a relationship with `TargetMode="External"` other than a hyperlink (a linked
 *   image, an attached template, a linked object) and INCLUDEPICTURE/INCLUDETEXT/LINK/DDE fields are
 *   refused: Word fetches them when a letter is opened, with citizen data possibly in the address.
 *   Hyperlinks stay allowed: Word follows them only when clicked.
 */
import PizZip from 'pizzip';
import type { DocsErrorCode } from '../errors';
import { translate, type Catalog, type Params } from '../../i18n/format';
import { inflatesAsDeclared, readZipDirectory, type ZipEntry } from './zip-directory';

export const TEMPLATE_LIMITS = {
  uploadBytes: 10 * 1024 * 1024,
  unpackedBytes: 50 * 1024 * 1024,
  /** A Word document has a few dozen parts; thousands only serve to slow the reader down. */
  parts: 1000,
} as const;

type TemplateSafetyCode =
  | 'template-file-too-large'
  | 'template-unpacked-too-large'
  | 'template-archive-invalid'
  | 'template-size-mismatch'
  | 'template-macros'
  | 'template-external-target'
  | 'template-external-field';

export const TEMPLATE_SAFETY_MESSAGES: Catalog<TemplateSafetyCode> = {
  vi: {
    'template-file-too-large': 'Tệp mẫu nặng {size} MB, vượt giới hạn {max} MB.',
    'template-unpacked-too-large':
      'Tệp mẫu khi giải nén chiếm {size} MB, vượt giới hạn {max} MB; tệp có thể là tệp nén độc hại (zip bomb) nên không được mở.',
    'template-archive-invalid': 'Cấu trúc nén của tệp mẫu không hợp lệ ({detail}); hãy lưu lại tệp bằng Word dưới dạng .docx.',
    'template-size-mismatch':
      'Phần "{where}" của tệp mẫu giải nén ra khác kích thước nó khai báo; tệp bị hỏng hoặc độc hại nên không được nhận.',
    'template-macros':
      'Tệp mẫu chứa macro hoặc điều khiển ActiveX ({where}). Chỉ nhận tệp .docx không có macro: hãy lưu lại mẫu dưới dạng "Word Document (*.docx)".',
    'template-external-target':
      'Tệp mẫu trỏ tới tài nguyên bên ngoài "{target}" ({where}); Word sẽ tải nó khi mở văn bản và có thể làm lộ thông tin của công dân. Hãy gỡ liên kết đó (chèn ảnh trực tiếp thay vì liên kết) rồi tải lại.',
    'template-external-field':
      'Tệp mẫu có trường {field} lấy nội dung từ bên ngoài ({where}); Word sẽ tải nội dung đó khi mở văn bản. Hãy xoá trường này rồi tải lại.',
  },
  en: {
    'template-file-too-large': 'The template is {size} MB, over the {max} MB limit.',
    'template-unpacked-too-large':
      'The template unpacks to {size} MB, over the {max} MB limit; it may be a zip bomb, so it was not opened.',
    'template-archive-invalid': 'The template’s zip structure is invalid ({detail}); save it again from Word as .docx.',
    'template-size-mismatch':
      'The part "{where}" of the template unpacks to a size other than it declares; the file is damaged or hostile and was refused.',
    'template-macros':
      'The template contains macros or ActiveX controls ({where}). Only macro-free .docx files are accepted: save the template as "Word Document (*.docx)".',
    'template-external-target':
      'The template points to an outside resource "{target}" ({where}); Word would fetch it when the document is opened, possibly exposing citizens’ data. Remove that link (insert the picture itself rather than a link) and upload again.',
    'template-external-field':
      'The template has a {field} field that fetches outside content ({where}); Word would fetch it when the document is opened. Delete the field and upload again.',
  },
};

/** A reason a template upload is refused: the document module's own, or one of the rules above. */
export interface TemplateProblem {
  code: DocsErrorCode | TemplateSafetyCode;
  tag?: string;
  where?: string;
  message: { vi: string; en: string };
}

function safetyProblem(code: TemplateSafetyCode, params: Params = {}): TemplateProblem {
  const where = typeof params.where === 'string' ? params.where : undefined;
  return {
    code,
    ...(where === undefined ? {} : { where }),
    message: { vi: translate(TEMPLATE_SAFETY_MESSAGES, 'vi', code, params), en: translate(TEMPLATE_SAFETY_MESSAGES, 'en', code, params) },
  };
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Size and structure from the declared sizes alone: nothing is inflated. */
export function archiveProblems(bytes: Uint8Array): { problems: TemplateProblem[]; entries: ZipEntry[] } {
  if (bytes.length > TEMPLATE_LIMITS.uploadBytes) {
    return { problems: [safetyProblem('template-file-too-large', { size: mb(bytes.length), max: mb(TEMPLATE_LIMITS.uploadBytes) })], entries: [] };
  }
  const directory = readZipDirectory(bytes, TEMPLATE_LIMITS.parts);
  // Not a zip at all is the document module's 'not-a-zip', said in its own words later.
  if (!directory.ok) {
    return directory.reason === 'no end of central directory'
      ? { problems: [], entries: [] }
      : { problems: [safetyProblem('template-archive-invalid', { detail: directory.reason })], entries: [] };
  }
  const { entries } = directory;
  const odd = entries.find((e) => e.encrypted || (e.method !== 0 && e.method !== 8) || (e.method === 0 && e.compressedSize !== e.uncompressedSize));
  if (odd) return { problems: [safetyProblem('template-archive-invalid', { detail: `${odd.name}: method ${odd.method}` })], entries };
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > TEMPLATE_LIMITS.unpackedBytes) {
    return { problems: [safetyProblem('template-unpacked-too-large', { size: mb(unpacked), max: mb(TEMPLATE_LIMITS.unpackedBytes) })], entries };
  }
  return { problems: [], entries };
}

/** Every deflated part inflates to exactly its declared size (stopping early when it would not). */
export async function confirmDeclaredSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<TemplateProblem[]> {
  for (const entry of entries) {
    if (entry.method === 8 && !(await inflatesAsDeclared(bytes, entry))) return [safetyProblem('template-size-mismatch', { where: entry.name })];
  }
  return [];
}

const MACRO_PART = /(?:^|\/)(?:vbaProject\.bin|vbaData\.xml)$|^word\/activeX\//i;
const MACRO_CONTENT_TYPE = /macroEnabled/i;
/** Fields that pull content from elsewhere when Word updates them (ECMA-376 Part 1, §17.16.5). */
const EXTERNAL_FIELD = /\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b/;
const HYPERLINK_TYPE = /\/hyperlink$/;

/** XML character references undone, so `&#73;NCLUDEPICTURE` reads as what Word sees. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
const attributeValue = (tag: string, name: string) => {
  const m = attribute(tag, name);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
};

/** Macros and external targets, read from an archive whose sizes were already checked. */
export function contentProblems(bytes: Uint8Array): TemplateProblem[] {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    // The document module says 'not-a-zip' in its own words.
    return [];
  }
  const problems: TemplateProblem[] = [];
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const macro = names.find((name) => MACRO_PART.test(name));
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (macro) problems.push(safetyProblem('template-macros', { where: macro }));
  else if (MACRO_CONTENT_TYPE.test(types)) problems.push(safetyProblem('template-macros', { where: '[Content_Types].xml' }));
  for (const name of names) {
    if (name.endsWith('.rels')) {
      for (const [tag] of zip.file(name)!.asText().matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
        if (attributeValue(tag, 'TargetMode')?.toLowerCase() !== 'external') continue;
        if (HYPERLINK_TYPE.test(attributeValue(tag, 'Type') ?? '')) continue;
        problems.push(safetyProblem('template-external-target', { target: (attributeValue(tag, 'Target') ?? '').slice(0, 120), where: name }));
      }
    } else if (name.endsWith('.xml')) {
      const xml = zip.file(name)!.asText();
      // A field's instruction may be split over several runs: read them joined.
      const instructions = [
        ...[...xml.matchAll(/<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1] ?? ''),
        ...[...xml.matchAll(/<w:fldSimple\b[^>]*>/g)].map((m) => attributeValue(m[0], 'w:instr') ?? ''),
      ];
      const field = EXTERNAL_FIELD.exec(decodeEntities(instructions.join('')));
      if (field) problems.push(safetyProblem('template-external-field', { field: field[1]!, where: name }));
    }
  }
  return problems;
}
