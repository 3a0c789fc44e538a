import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { AnnotationProblem, SourceLocation } from '../errors/index.js';

export type PathSegment = string | number;

/** A parsed and schema-checked YAML file, able to say where any value in it was written. */
export interface ParsedFile<T> {
  readonly file: string;
  readonly data: T;
  /** Location of the value at `path` (or of its nearest written ancestor). */
  locate(path: readonly PathSegment[]): SourceLocation;
  /** The value as written at `path`, for error messages. */
  valueAt(path: readonly PathSegment[]): unknown;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly parsed: ParsedFile<T> }
  | { readonly ok: false; readonly problems: AnnotationProblem[] };

/**
 * Reads `absolutePath`, parses it as YAML and checks it against `schema`. `displayPath` is how
 * the file is named in messages (relative to the project, so a user can open it).
 */
export async function readYamlFile<S extends z.ZodType>(
  absolutePath: string,
  displayPath: string,
  schema: S,
): Promise<ParseResult<z.infer<S>>> {
  let source: string;
  try {
    source = await readFile(absolutePath, 'utf8');
  } catch (error) {
    return fail(displayPath, `cannot read the file: ${(error as Error).message}`, absolutePath);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          location: { file: displayPath, line, column: col },
          message: `malformed YAML: ${error.message.split('\n')[0]}`,
          value: source.slice(error.pos[0], error.pos[1]).slice(0, 80),
        };
      }),
    };
  }

  const locate = (path: readonly PathSegment[]): SourceLocation => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file: displayPath, line, column: col };
      }
    }
    return { file: displayPath, line: 1, column: 1 };
  };
  const valueAt = (path: readonly PathSegment[]): unknown => {
    const node = document.getIn(path, true);
    return isNode(node) ? node.toJSON() : node;
  };

  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.flatMap((issue) => {
        const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          // Point at each stray key itself, where a misspelling is most likely.
          return issue.keys.map((key) => ({
            location: locate([...path, key]),
            message: `${[...path, key].join('.')}: unknown field ${JSON.stringify(key)}; check its spelling against seeds/README.md`,
            value: key,
          }));
        }
        const field = path.length > 0 ? path.join('.') : '(top level)';
        return [{ location: locate(path), message: `${field}: ${issue.message}`, value: valueAt(path) }];
      }),
    };
  }
  return { ok: true, parsed: { file: displayPath, data: result.data, locate, valueAt } };
}

function fail(file: string, message: string, value: unknown): ParseResult<never> {
  return { ok: false, problems: [{ location: { file, line: 1, column: 1 }, message, value }] };
}
