import os from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../../graph/load/loadSeeds.js';
import { locateSpan } from '../../graph/ingest/draft/anchorSpan.js';
import { decide, pendingSuggestions, verbatimIn, type Reviewer } from '../../graph/ingest/review/decide.js';
import { readReviewFiles, writeReviewFiles } from '../../graph/ingest/review/ReviewFiles.js';
import { IngestError } from '../../graph/ingest/ingestError.js';
import { PROJECT_ROOT } from '../config.js';
import { runReviewSession } from './reviewSession.js';

export interface ReviewOptions {
  readonly seeds?: string;
  readonly reviewer?: string;
  readonly acceptAbove?: number;
  readonly list?: boolean;
}

/**
 * `npm run review -- <document-id>`: interactive review of a draft, one suggestion at a time;
 * `--list` prints what is pending, `--accept-above 0.9` accepts every suggestion at least that
 * confident without asking. Every decision is written at once, so quitting loses nothing.
 */
export async function reviewCommand(documentId: string, options: ReviewOptions): Promise<void> {
  const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds'));
  const { document, files } = await readReviewFiles(seedsDir, documentId);
  const reviewer: Reviewer = { name: options.reviewer ?? process.env.REVIEWER ?? os.userInfo().username, date: new Date().toISOString().slice(0, 10) };
  const verbatim = verbatimIn(document.text, (statement) => locateSpan(document.text, statement.span));

  if (options.list) {
    const pending = pendingSuggestions(files);
    for (const { statement, position } of pending) {
      console.log(`${position.confidence.toFixed(2)}  ${position.id}  ${statement.actor} ${position.stance} ${position.target}  "${position.quote}"`);
    }
    for (const candidate of files.draft.candidate_targets) {
      console.log(`${candidate.confidence.toFixed(2)}  (candidate target) ${candidate.actor} ${candidate.stance} "${candidate.name}"  "${candidate.quote}"`);
    }
    console.log(`${pending.length} pending suggestion(s), ${files.draft.candidate_targets.length} candidate target(s)`);
    return;
  }

  if (options.acceptAbove !== undefined) {
    if (!(options.acceptAbove >= 0 && options.acceptAbove <= 1)) throw new IngestError('BAD_OPTION', '--accept-above', `expected a confidence between 0 and 1, got ${JSON.stringify(options.acceptAbove)}`);
    let next = files;
    let accepted = 0;
    for (const { position } of pendingSuggestions(files)) {
      if (position.confidence < options.acceptAbove) continue;
      next = decide(next, { kind: 'ACCEPT', positionId: position.id }, reviewer, verbatim);
      accepted++;
    }
    await writeReviewFiles(document.folder, next);
    await validateOrRestore(seedsDir, document.folder, files, next);
    console.log(`accepted ${accepted} suggestion(s) at confidence ≥ ${options.acceptAbove} as CURATED (reviewer ${reviewer.name}); ${pendingSuggestions(next).length} still pending`);
    return;
  }

  if (!process.stdin.isTTY && !process.env.REVIEW_FORCE_INTERACTIVE) {
    throw new IngestError('BAD_OPTION', 'review', 'the interactive review needs a terminal; in scripts use --list or --accept-above N');
  }
  await runReviewSession({ seedsDir, document, files, reviewer, verbatim });
}

/** A review must leave loadable seeds; if not, the files are put back as they were. */
async function validateOrRestore(seedsDir: string, folder: string, before: Parameters<typeof writeReviewFiles>[1], after: Parameters<typeof writeReviewFiles>[1]) {
  try {
    await loadSeeds({ seedsDir });
  } catch (error) {
    await writeReviewFiles(folder, before);
    throw error;
  }
  return after;
}
