import { HistoryImportError } from '../errors';

/**
 * A JSON reader stricter than `JSON.parse`, for backups from outside: it refuses repeated keys
 * (JSON.parse silently keeps the last), keys that could reach an object's prototype, nesting
 * beyond a depth and strings beyond a length, naming the path of the offence.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  maxDepth: number;
  maxStringLength: number;
}

type Path = (string | number)[];
const showPath = (path: Path) => (path.length === 0 ? '(root)' : path.join('.'));

export function parseStrictJson(text: string, limits: JsonLimits): unknown {
  let i = 0;
  const fail = (detail: string): never => {
    throw new HistoryImportError('import-not-json', { detail: `${detail} (position ${i})` });
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const readString = (path: Path): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    if (i - start - 2 > limits.maxStringLength) {
      throw new HistoryImportError('import-too-large', {
        detail: `${showPath(path)}: string longer than ${limits.maxStringLength} characters`,
      });
    }
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('invalid string');
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const readValue = (path: Path, depth: number): unknown => {
    if (depth > limits.maxDepth) {
      throw new HistoryImportError('import-too-large', { detail: `${showPath(path)}: nested deeper than ${limits.maxDepth}` });
    }
    skipSpace();
    const c = text[i];
    if (c === '"') return readString(path);
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[i] === '}') {
        i++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('expected a key');
        const key = readString(path);
        if (FORBIDDEN_KEYS.has(key)) throw new HistoryImportError('import-forbidden-key', { key, path: showPath(path) });
        if (Object.prototype.hasOwnProperty.call(object, key)) {
          throw new HistoryImportError('import-duplicate-key', { key, path: showPath(path) });
        }
        skipSpace();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        object[key] = readValue([...path, key], depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return object;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const array: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return array;
      }
      for (;;) {
        array.push(readValue([...path, array.length], depth + 1));
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return array;
        } else fail('expected "," or "]"');
      }
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number) return fail('unexpected character');
    i += number[0].length;
    return Number(number[0]);
  };
  const value = readValue([], 0);
  skipSpace();
  if (i !== text.length) fail('unexpected text after the end');
  return value;
}

/** The same checks on a value already parsed by someone else (a backup passed as an object). */
export function checkParsedJson(value: unknown, limits: JsonLimits, path: Path = [], depth = 0): void {
  if (depth > limits.maxDepth) {
    throw new HistoryImportError('import-too-large', { detail: `${showPath(path)}: nested deeper than ${limits.maxDepth}` });
  }
  if (typeof value === 'string' && value.length > limits.maxStringLength) {
    throw new HistoryImportError('import-too-large', {
      detail: `${showPath(path)}: string longer than ${limits.maxStringLength} characters`,
    });
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkParsedJson(item, limits, [...path, index], depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      const name = String(key);
      if (typeof key !== 'string' || FORBIDDEN_KEYS.has(name)) {
        throw new HistoryImportError('import-forbidden-key', { key: name, path: showPath(path) });
      }
      checkParsedJson((value as Record<string, unknown>)[key], limits, [...path, key], depth + 1);
    }
  }
}
