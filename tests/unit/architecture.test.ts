import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The floors of docs/architecture.md, checked on every import: a room imports its own files and
 * rooms on lower floors only. An import sideways or upwards fails here, naming the two files.
 */
const FLOORS: Record<string, number> = {
  'lib/time': 0,
  'lib/i18n': 0,
  'lib/dossier': 1,
  'lib/calendar': 2,
  'lib/portal': 2,
  'lib/deadline': 3,
  'lib/settings': 3,
  'lib/overlay': 4,
  'lib/history': 4,
  'lib/messaging': 4,
  'lib/documents': 5,
  'lib/quality': 5,
  'lib/reminder': 5,
  'lib/export': 6,
  components: 6,
  entrypoints: 7,
};

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The room of a file: `lib/<room>`, `components`, or `entrypoints/<entry>` (entries are rooms of one floor). */
function roomOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'lib') return `lib/${parts[1]!.replace(/\.tsx?$/, '')}`;
  if (parts[0] === 'components') return 'components';
  if (parts[0] === 'entrypoints') return `entrypoints/${parts[1]!.replace(/\.tsx?$/, '')}`;
  return undefined;
}

const floorOf = (room: string): number | undefined => FLOORS[room.startsWith('entrypoints/') ? 'entrypoints' : room];

/** Resolves a relative import of `from` to its source file, or undefined (a package, an asset). */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** Imports that reach the bundle: `import type` / `export type` are erased and left out. */
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every module a script's bundle holds, as `path ← importer` chains ending at a package name. */
function bundleGraph(entry: string): Map<string, string> {
  const reachedFrom = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      const target = resolveImport(file, spec) ?? (spec.startsWith('.') ? undefined : spec);
      if (target === undefined || reachedFrom.has(target)) continue;
      reachedFrom.set(target, file);
      if (target.startsWith('/')) queue.push(target);
    }
  }
  return reachedFrom;
}

/** How the entry reaches `module`: `entry → … → module`. */
function chain(graph: Map<string, string>, module: string): string {
  const steps: string[] = [];
  for (let at: string | undefined = module; at; at = graph.get(at)) steps.push(at.startsWith('/') ? relative(ROOT, at) : at);
  return steps.reverse().join(' → ');
}

describe('architecture', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('every room has a floor', () => {
    const rooms = new Set(files.map((file) => roomOf(relative(ROOT, file))!));
    expect([...rooms].filter((room) => floorOf(room) === undefined)).toEqual([]);
  });

  it('no import goes sideways or up a floor', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = relative(ROOT, file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const to = normalize(join(dirname(from), match[1]!));
        const [a, b] = [roomOf(from)!, roomOf(to)];
        if (b === undefined || a === b) continue;
        if (!(floorOf(b)! < floorOf(a)!)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  /**
   * The scripts that run inside portal pages stay light (README § Performance): no settings code
   * (the background resolves and saves the settings) and no full zod (zod/mini validates at their
   * edges). A module that starts importing one of these fails here with the chain that reaches it.
   */
  it('the content scripts reach neither the settings storage nor full zod', () => {
    const heavy = (module: string) => module === 'zod' || module.endsWith('lib/settings/storage.ts') || module.endsWith('lib/settings/schema.ts');
    const wrong = ['entrypoints/portal.content/index.ts', 'entrypoints/overlay.content/index.tsx'].flatMap((entry) => {
      const graph = bundleGraph(join(ROOT, entry));
      return [...graph.keys()].filter(heavy).map((module) => chain(graph, module));
    });
    expect(wrong).toEqual([]);
  });

  /**
   * components/ holds Preact components (.tsx) and their hooks (use-*.ts), and never opens the
   * history: data comes from lib/ through the entrypoint that shows it (types may be imported).
   */
  it('components hold components and hooks only, and open no history', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => relative(ROOT, f).startsWith('components/'))) {
      const from = relative(ROOT, file);
      if (from.endsWith('.ts') && !/\/use-[\w-]+\.ts$/.test(from)) wrong.push(`${from}: logic, not a component or a hook`);
      for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
        const to = resolveImport(file, (match[1] ?? match[2])!);
        if (to && relative(ROOT, to).startsWith('lib/history/')) wrong.push(`${from} → ${relative(ROOT, to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
