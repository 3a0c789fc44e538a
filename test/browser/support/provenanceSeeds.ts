import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importDataset } from '../../../graph/import/importDataset.js';
import { ingestCommand } from '../../../server/cli/ingestCommand.js';
import { CITATIONS, CITATIONS_MAPPING } from '../../import/datasetFixtures.js';

/** The fixture document's id: its EXTRACTED suggestions are not reviewed. */
export const INGESTED_DOCUMENT = 'informal-consultation';

/**
 * A text written for this test (not a third-party text): two statements the extractor turns into
 * suggestions on catalog targets, left unreviewed, so the graph holds EXTRACTED positions.
 */
export const INGESTED_TEXT = [
  'Notes of an informal consultation on international law (test fixture)',
  '',
  'The representative of Chile said that her delegation supports the principle of non-intervention.',
  '',
  'The delegate of Viet Nam said that his country supports the principle of non-intervention in cyberspace.',
  '',
].join('\n');

/**
 * Seeds plus one ingested document's unreviewed suggestions and the MADE-UP citation table
 * (test/fixtures/datasets), imported: EXTRACTED positions, and IMPORTED ones with unlocated
 * evidence (a quote, the dataset's citation and source URL, no text stored here).
 */
export async function addSuggestionsAndDataset(seedsDir: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cpg-provenance-'));
  const log = console.log;
  try {
    const file = path.join(work, `${INGESTED_DOCUMENT}.txt`);
    await writeFile(file, INGESTED_TEXT);
    // The command reports what it wrote; the test has no use for it.
    console.log = () => {};
    await ingestCommand(file, { seeds: seedsDir, meeting: 'aalco-owg-cyber-4', format: 'text' });
  } finally {
    console.log = log;
    await rm(work, { recursive: true, force: true });
  }
  await importDataset({ datasetFile: CITATIONS, mappingFile: CITATIONS_MAPPING, seedsDir });
}
