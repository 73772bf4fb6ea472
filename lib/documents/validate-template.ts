/**
 * Checks an office's own template before it may replace a working one: it opens as a zip, has
 * word/document.xml, its tags parse and its loops close, it uses only the kind's documented tags,
 * and a test render with the sample data gives a document that opens again.
 */
import InspectModule from 'docxtemplater/js/inspect-module.js';
import { DocsError, problem, type DocsProblem } from './errors';
import { tagsFor } from './kinds';
import { compileTemplate, fillTemplate, openZip } from './render-docx';
import { sampleData } from './templates/sample-data';
import type { TemplateBytes, TemplateKind } from './templates/defaults';
import { TEMPLATE_TAGS } from './vocabulary';

type TemplateValidation = { ok: true } | { ok: false; problems: DocsProblem[] };

interface InspectedPart {
  type?: string;
  value?: string;
  module?: string;
  subparsed?: InspectedPart[];
}

/** Unknown tags and loops, and tag kinds we do not support (raw XML {@…}), in one file's parts. */
function vocabularyProblems(kind: TemplateKind, file: string, parts: InspectedPart[], allowed: ReadonlySet<string>): DocsProblem[] {
  const { tags, loops } = TEMPLATE_TAGS[kind];
  return parts.flatMap((part): DocsProblem[] => {
    if (part.type !== 'placeholder' || part.value === undefined) return [];
    const tag = part.value;
    if (part.module === 'loop') {
      const fields = loops[tag];
      // A section over a scalar tag is a condition ({#phone}…{/phone}); its inside sees the same tags.
      if (fields === undefined && !tags.includes(tag)) return [problem('unknown-loop', { tag, where: file })];
      const inner = new Set([...allowed, ...(fields ?? [])]);
      return vocabularyProblems(kind, file, part.subparsed ?? [], inner);
    }
    if (part.module !== undefined) return [problem('unsupported-tag', { tag, where: file })];
    return allowed.has(tag) ? [] : [problem('unknown-tag', { tag, where: file })];
  });
}

function problemsOf(error: unknown): DocsProblem[] {
  if (error instanceof DocsError) return error.problems;
  return [problem('render-failed', { detail: error instanceof Error ? error.message : String(error) })];
}

export function validateTemplate(kind: TemplateKind, bytes: TemplateBytes): TemplateValidation {
  try {
    const inspect = new InspectModule();
    compileTemplate(bytes, [inspect]);
    const topLevel = new Set(TEMPLATE_TAGS[kind].tags);
    const problems = Object.keys(inspect.fullInspected).flatMap((file) =>
      vocabularyProblems(kind, file, inspect.getStructuredTags(file) as InspectedPart[], topLevel),
    );
    if (problems.length > 0) return { ok: false, problems };
    // A fresh compile: docxtemplater renders a compiled template only once.
    const rendered = fillTemplate(compileTemplate(bytes), tagsFor(kind, sampleData(kind)));
    openZip(rendered);
    compileTemplate(rendered);
    return { ok: true };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}
