import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TempSeeds } from './tempSeeds.js';

/**
 * Adds a second document to scratch seeds: the Hangzhou report again under the id
 * `hangzhou-2019-b`, with every statement and position id renamed, so a load holds two documents.
 * `breakQuote` spoils one quote of the second document, for a load that must fail on it.
 */
export async function addSecondDocument(seeds: TempSeeds, options: { breakQuote?: boolean } = {}): Promise<void> {
  const from = path.join(seeds.dir, 'documents', 'hangzhou-2019');
  const to = path.join(seeds.dir, 'documents', 'hangzhou-2019-b');
  await cp(from, to, { recursive: true });
  const meta = path.join(to, 'document.yaml');
  await writeFile(meta, (await readFile(meta, 'utf8')).replace(/^id: hangzhou-2019$/m, 'id: hangzhou-2019-b'));
  const annotations = path.join(to, 'annotations.yaml');
  let text = (await readFile(annotations, 'utf8')).replaceAll('id: hangzhou-2019.', 'id: hangzhou-2019-b.');
  if (options.breakQuote) {
    text = text.replace('the Budapest Conventions was a useful framework', 'the Budapest Convention is the only framework');
  }
  await writeFile(`${annotations}.tmp`, text);
  await rename(`${annotations}.tmp`, annotations);
}
