import type { z } from 'zod';
import { DocsError, problem } from './errors';

/** Parses a kind's data, turning every zod issue into an 'invalid-data' problem naming its field. */
export function parseData<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new DocsError(
    result.error.issues.map((issue) =>
      problem('invalid-data', { path: issue.path.join('.') || '(root)', detail: issue.message }),
    ),
  );
}
