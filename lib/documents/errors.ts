/**
 * Typed errors of the document module, Vietnamese first and English second.
 *
 * Every failure (a broken office template, a docxtemplater syntax error, data that does not fit a
 * kind's schema) becomes a `DocsProblem` with a stable `code`, the tag and the place involved, so the
 * settings page can list what an office must fix in its own template.
 */
import { translate, type Catalog, type Params } from '../i18n/format';

export type DocsErrorCode =
  | 'not-a-zip'
  | 'no-document-xml'
  | 'not-a-docx'
  | 'invalid-xml'
  | 'unclosed-tag'
  | 'unopened-tag'
  | 'duplicate-open-delimiter'
  | 'duplicate-close-delimiter'
  | 'unclosed-loop'
  | 'unopened-loop'
  | 'mismatched-loop'
  | 'misplaced-loop'
  | 'unknown-tag'
  | 'unknown-loop'
  | 'unsupported-tag'
  | 'template-error'
  | 'template-invalid'
  | 'invalid-data'
  | 'default-template-missing'
  | 'render-failed';

export const DOCS_MESSAGES: Catalog<DocsErrorCode> = {
  vi: {
    'not-a-zip': 'Tệp mẫu không phải tệp Word .docx (không mở được như một tệp nén zip).',
    'no-document-xml': 'Tệp mẫu thiếu phần nội dung word/document.xml, không phải văn bản Word.',
    'not-a-docx': 'Không nhận ra tệp mẫu là văn bản Word .docx.',
    'invalid-xml': 'Tệp mẫu có nội dung XML hỏng ({where}).',
    'unclosed-tag': 'Thẻ "{tag}" mở bằng "{" nhưng chưa đóng bằng "}" ({where}).',
    'unopened-tag': 'Thẻ "{tag}" đóng bằng "}" nhưng không có "{" mở ({where}).',
    'duplicate-open-delimiter': 'Thẻ "{tag}" có hai dấu "{" liền nhau ({where}).',
    'duplicate-close-delimiter': 'Thẻ "{tag}" có hai dấu "}" liền nhau ({where}).',
    'unclosed-loop': 'Vòng lặp "{#{tag}}" chưa có thẻ đóng "{/{tag}}" ({where}).',
    'unopened-loop': 'Thẻ đóng "{/{tag}}" không có vòng lặp "{#{tag}}" mở tương ứng ({where}).',
    'mismatched-loop': 'Vòng lặp "{#{tag}}" lại được đóng bằng "{/{other}}" ({where}).',
    'misplaced-loop': 'Thẻ mở và đóng của vòng lặp "{tag}" đặt sai chỗ, ví dụ một thẻ trong bảng và thẻ kia ngoài bảng ({where}).',
    'unknown-tag': 'Thẻ "{tag}" không có trong danh sách thẻ của loại văn bản này ({where}).',
    'unknown-loop': 'Vòng lặp "{#{tag}}" không có trong danh sách thẻ của loại văn bản này ({where}).',
    'unsupported-tag': 'Thẻ "{tag}" dùng cú pháp không được hỗ trợ; chỉ dùng {tên}, {#tên}…{/tên} và {^tên}…{/tên} ({where}).',
    'template-error': 'Tệp mẫu có lỗi cú pháp thẻ: {detail} ({where}).',
    'template-invalid': 'Tệp mẫu có {count} lỗi: {detail}',
    'invalid-data': 'Dữ liệu của văn bản không hợp lệ ở trường "{path}": {detail}',
    'default-template-missing': 'Chưa nạp tệp mẫu mặc định "{tag}.docx"; hãy gọi loadDefaultTemplates trước khi tạo văn bản.',
    'render-failed': 'Không tạo được văn bản: {detail}',
  },
  en: {
    'not-a-zip': 'The template is not a Word .docx file (it does not open as a zip archive).',
    'no-document-xml': 'The template has no word/document.xml part; it is not a Word document.',
    'not-a-docx': 'The template was not recognised as a Word .docx document.',
    'invalid-xml': 'The template contains broken XML ({where}).',
    'unclosed-tag': 'The tag "{tag}" is opened with "{" but never closed with "}" ({where}).',
    'unopened-tag': 'The tag "{tag}" is closed with "}" but was never opened with "{" ({where}).',
    'duplicate-open-delimiter': 'The tag "{tag}" has two "{" in a row ({where}).',
    'duplicate-close-delimiter': 'The tag "{tag}" has two "}" in a row ({where}).',
    'unclosed-loop': 'The loop "{#{tag}}" has no closing "{/{tag}}" ({where}).',
    'unopened-loop': 'The closing tag "{/{tag}}" has no matching "{#{tag}}" ({where}).',
    'mismatched-loop': 'The loop "{#{tag}}" is closed by "{/{other}}" ({where}).',
    'misplaced-loop': 'The opening and closing tags of the loop "{tag}" are misplaced, e.g. one inside a table and the other outside it ({where}).',
    'unknown-tag': 'The tag "{tag}" is not in the tag list of this kind of document ({where}).',
    'unknown-loop': 'The loop "{#{tag}}" is not in the tag list of this kind of document ({where}).',
    'unsupported-tag': 'The tag "{tag}" uses unsupported syntax; use only {name}, {#name}…{/name} and {^name}…{/name} ({where}).',
    'template-error': 'The template has a tag syntax error: {detail} ({where}).',
    'template-invalid': 'The template has {count} problem(s): {detail}',
    'invalid-data': 'The document data is invalid at "{path}": {detail}',
    'default-template-missing': 'The default template "{tag}.docx" is not loaded; call loadDefaultTemplates before rendering.',
    'render-failed': 'The document could not be produced: {detail}',
  },
};

/** One thing wrong with a template or its data, in both languages. */
export interface DocsProblem {
  code: DocsErrorCode;
  tag?: string;
  where?: string;
  message: { vi: string; en: string };
}

export function problem(code: DocsErrorCode, params: Params = {}): DocsProblem {
  const tag = typeof params.tag === 'string' ? params.tag : undefined;
  const where = typeof params.where === 'string' ? params.where : undefined;
  const filled = { where: '', ...params };
  return {
    code,
    ...(tag === undefined ? {} : { tag }),
    ...(where === undefined ? {} : { where }),
    message: {
      vi: translate(DOCS_MESSAGES, 'vi', code, filled),
      en: translate(DOCS_MESSAGES, 'en', code, filled),
    },
  };
}

export class DocsError extends Error {
  override readonly name = 'DocsError';
  readonly code: DocsErrorCode;
  readonly params: Params;
  readonly problems: DocsProblem[];

  constructor(problems: DocsProblem[]) {
    const first = problems[0] ?? problem('render-failed', { detail: 'no problem given' });
    const uniform = problems.every((p) => p.code === first.code);
    const joined = (lang: 'vi' | 'en') => problems.map((p) => p.message[lang]).join(' ');
    super(
      uniform
        ? `${joined('vi')} / ${joined('en')}`
        : `${translate(DOCS_MESSAGES, 'vi', 'template-invalid', { count: problems.length, detail: joined('vi') })} / ` +
            translate(DOCS_MESSAGES, 'en', 'template-invalid', { count: problems.length, detail: joined('en') }),
    );
    this.code = uniform ? first.code : 'template-invalid';
    this.params =
      problems.length === 1
        ? { ...(first.tag === undefined ? {} : { tag: first.tag }), ...(first.where === undefined ? {} : { where: first.where }) }
        : { count: problems.length };
    this.problems = problems.length === 0 ? [first] : problems;
  }

  static of(code: DocsErrorCode, params: Params = {}): DocsError {
    return new DocsError([problem(code, params)]);
  }
}
