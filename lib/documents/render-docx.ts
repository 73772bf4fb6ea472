/**
 * The one place that drives docxtemplater: open the template, compile it, fill it, zip the result.
 * Every docxtemplater error (a MultiError lists them all) is turned into typed `DocsProblem`s.
 */
import Docxtemplater from 'docxtemplater';
import type { DXT } from 'docxtemplater';
import PizZip from 'pizzip';
import { cleanDeep } from './clean-text';
import { fitRules } from './fit-rules';
import { DocsError, problem, type DocsErrorCode, type DocsProblem } from './errors';
import type { TemplateBytes } from './templates/defaults';
import { toBytes } from './templates/defaults';
import { BLANK } from '../time/in-words';

interface XtProperties {
  id?: string;
  xtag?: string;
  context?: string;
  file?: string;
  explanation?: string;
  openingtag?: string;
  closingtag?: string;
  errors?: { properties?: XtProperties }[];
}

const CODES: Record<string, DocsErrorCode> = {
  unclosed_tag: 'unclosed-tag',
  unopened_tag: 'unopened-tag',
  duplicate_open_tag: 'duplicate-open-delimiter',
  duplicate_close_tag: 'duplicate-close-delimiter',
  unclosed_loop: 'unclosed-loop',
  unopened_loop: 'unopened-loop',
  closing_tag_does_not_match_opening_tag: 'mismatched-loop',
  unbalanced_loop_tags: 'misplaced-loop',
  loop_position_invalid: 'misplaced-loop',
  raw_xml_tag_should_be_only_text_in_paragraph: 'unsupported-tag',
  malformed_xml: 'invalid-xml',
  file_has_invalid_xml: 'invalid-xml',
  filetype_not_identified: 'not-a-docx',
  filetype_not_handled: 'not-a-docx',
};

/** "word/document.xml, near “Kính gửi: {applicant”": the part and the text around the fault. */
function describeWhere(file: string | undefined, context: string | undefined): string {
  const part = file ?? 'word/document.xml';
  return context ? `${part}, “${context.slice(0, 60)}”` : part;
}

function problemsFromDocxtemplater(error: unknown): DocsProblem[] {
  const props = (error as { properties?: XtProperties } | null)?.properties;
  if (props?.id === 'multi_error' && props.errors) {
    return props.errors.flatMap((inner) => problemsFromDocxtemplater(inner));
  }
  if (props?.id === undefined) {
    return [problem('render-failed', { detail: error instanceof Error ? error.message : String(error) })];
  }
  const code = CODES[props.id] ?? 'template-error';
  const tag = props.openingtag ?? props.xtag ?? '';
  return [
    problem(code, {
      tag,
      other: props.closingtag ?? '',
      where: describeWhere(props.file, props.context),
      detail: props.explanation ?? props.id,
    }),
  ];
}

export function openZip(template: TemplateBytes): PizZip {
  let zip: PizZip;
  try {
    zip = new PizZip(toBytes(template));
  } catch {
    throw DocsError.of('not-a-zip');
  }
  if (zip.file('word/document.xml') === null) throw DocsError.of('no-document-xml');
  return zip;
}

/**
 * Compiles a template. `paragraphLoop` lets a loop whose tags stand alone in their paragraphs
 * repeat whole paragraphs (the "Nơi nhận:" list); `linebreaks` turns "\n" in values into line
 * breaks; the null getter prints the form's dotted blank for a tag that has no value.
 */
export function compileTemplate(template: TemplateBytes, modules: DXT.Module[] = []): Docxtemplater {
  const zip = openZip(template);
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      errorLogging: false,
      linebreaks: true,
      modules,
      nullGetter: (part) => (part.module ? '' : BLANK),
    });
  } catch (error) {
    throw new DocsError(problemsFromDocxtemplater(error));
  }
}

/** Fills a compiled template; every string is cleaned of characters XML forbids first. */
export function fillTemplate(doc: Docxtemplater, tags: object): Uint8Array {
  try {
    doc.render(cleanDeep(tags));
  } catch (error) {
    throw new DocsError(problemsFromDocxtemplater(error));
  }
  const zip = doc.getZip();
  const main = zip.file('word/document.xml');
  if (main !== null) zip.file('word/document.xml', fitRules(main.asText()));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

export function renderDocx(template: TemplateBytes, tags: object): Uint8Array {
  return fillTemplate(compileTemplate(template), tags);
}
