import { AnnotationError } from '../errors/index.js';
import type { GraphBundle } from '../store/port.js';
import { buildBundle } from './buildBundle.js';
import { checkReferences } from './checks/checkReferences.js';
import { checkSpeakers } from './checks/checkSpeakers.js';
import { checkStateCodes } from './checks/checkStateCodes.js';
import { checkUniqueIds } from './checks/checkUniqueIds.js';
import { checkDatasets } from './datasets/checkDatasets.js';
import { resolveAnchors } from './checks/resolveAnchors.js';
import { buildSymbolTable, indexSymbols } from './checks/symbolTable.js';
import { readSeeds } from './readSeeds.js';
import path from 'node:path';

/**
 * Reads and validates a seeds folder and returns the graph it describes. Every problem in every
 * file is collected first; if there is any, throws one `AnnotationError` listing them all (file,
 * line, offending value), having written nothing anywhere.
 */
export async function loadSeeds(options: { seedsDir: string; displayRoot?: string }): Promise<GraphBundle> {
  const read = await readSeeds(options.seedsDir, options.displayRoot ?? displayRootOf(options.seedsDir));
  if (!read.ok) throw new AnnotationError(read.problems);
  const files = read.files;

  const symbols = buildSymbolTable(files);
  const anchors = resolveAnchors(files);
  const problems = [
    ...checkUniqueIds(symbols),
    ...checkReferences(files, indexSymbols(symbols)),
    ...checkDatasets(files, indexSymbols(symbols)),
    ...checkStateCodes(files),
    ...checkSpeakers(files),
    ...anchors.problems,
  ];
  if (problems.length > 0) throw new AnnotationError(problems);
  return buildBundle(files, anchors);
}

/** How to name the seeds folder in messages: relative to the working directory when inside it. */
export function displayRootOf(seedsDir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(seedsDir));
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(seedsDir) : relative.split(path.sep).join('/');
}
