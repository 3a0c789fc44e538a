import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAnalysisInput, renderZeroDraft, zeroDraft, type AnalysisScope } from '../../graph/index.js';
import { InvalidArgumentError, syncSeeds } from '../../graph/index.js';
import { createStore, storeConfigFromEnv } from '../../graph/store/createStore.js';
import { seedsDirFromEnv } from '../config.js';

export interface ReportOptions {
  readonly format: 'md' | 'json';
  readonly out?: string;
  readonly meeting: string[];
  readonly agendaItem: string[];
  readonly actor: string[];
  readonly source: string[];
  readonly tier: string[];
  readonly minSupporters: number;
}

/** The scope fields as the analysis names them, and the options that set them. */
const OPTION_OF: Record<string, string> = {
  meetingIds: '--meeting',
  agendaItemIds: '--agenda-item',
  actorIds: '--actor',
  sourceDocumentIds: '--source',
  sourceTiers: '--tier',
  minSupporters: '--min-supporters',
};

/**
 * `npm run report`: the zero draft of the graph in the selected store (brought up to date with
 * the seeds first, as `npm start` does), as Markdown or JSON, to stdout or `--out`.
 */
export async function reportCommand(options: ReportOptions): Promise<void> {
  const store = await createStore(storeConfigFromEnv(process.env));
  try {
    await syncSeeds({ store, seedsDir: seedsDirFromEnv(process.env) });
    const scope: AnalysisScope = {
      meetingIds: options.meeting,
      agendaItemIds: options.agendaItem,
      actorIds: options.actor,
      sourceDocumentIds: options.source,
      // Checked against the vocabulary by loadAnalysisInput, which names --tier on a typo.
      sourceTiers: options.tier as AnalysisScope['sourceTiers'],
    };
    const text = await withOptionNames(async () =>
      renderZeroDraft(zeroDraft(await loadAnalysisInput(store, scope), { minSupporters: options.minSupporters }), options.format === 'md' ? 'MARKDOWN' : 'JSON'),
    );
    if (options.out) {
      await writeOut(options.out, text);
      console.error(`Wrote the zero draft to ${path.resolve(options.out)}.`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await store.close();
  }
}

/** Reports an invalid scope under the command-line option that set it, not the API's field name. */
async function withOptionNames<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidArgumentError && OPTION_OF[error.argument]) {
      const option = OPTION_OF[error.argument]!;
      throw new InvalidArgumentError(option, error.message.replace(error.argument, option));
    }
    throw error;
  }
}

/** Writes the report, turning file-system refusals into a message that says what to do. */
async function writeOut(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = path.resolve(file);
    const why: Record<string, string> = {
      ENOENT: `the folder ${path.dirname(where)} does not exist; create it or give another path`,
      EACCES: 'permission denied; choose a folder you can write to',
      EPERM: 'permission denied; choose a folder you can write to',
      EISDIR: 'it is a folder; give a file name',
      ENOTDIR: 'part of the path is a file, not a folder',
      EROFS: 'the file system is read-only',
      ENOSPC: 'the disk is full',
    };
    if (code && why[code]) throw new InvalidArgumentError('--out', `--out: cannot write ${where}: ${why[code]}.`);
    throw error;
  }
}
