import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IngestError, type IngestErrorKind } from '../../graph/ingest/ingestError.js';
import { ingestCommand, type IngestOptions } from '../../server/cli/ingestCommand.js';
import { runCli } from '../support/runCli.js';
import { copySeeds, type TempSeeds } from '../support/tempSeeds.js';
import { makeImageOnlyPdf, makePdf } from './support/makeFixtures.js';

/** Each way ingest refuses a file or an option: the error's kind, and nothing written anywhere. */
let seeds: TempSeeds;
let work: string;
beforeAll(async () => {
  seeds = await copySeeds();
  work = await mkdtemp(path.join(os.tmpdir(), 'cpg-abuse-'));
});
afterAll(async () => {
  await seeds?.remove();
  await rm(work, { recursive: true, force: true });
});

const TEXT = 'The representative of Chile said that her delegation supports the principle of non-intervention.\n';

async function snapshot(): Promise<string> {
  const documents = (await readdir(path.join(seeds.dir, 'documents'))).sort().join(',');
  const actors = await readFile(path.join(seeds.dir, 'catalog/actors.yaml'), 'utf8');
  return `${documents}\n${actors}`;
}

async function refusal(name: string, bytes: Uint8Array | string, options: Partial<IngestOptions>, kind: IngestErrorKind) {
  const file = path.join(work, name);
  await writeFile(file, bytes);
  const before = await snapshot();
  const error = await ingestCommand(file, { seeds: seeds.dir, meeting: 'aalco-owg-cyber-4', format: 'text', ...options }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect((error as IngestError).kind).toBe(kind);
  expect(await snapshot()).toBe(before);
  return error as IngestError;
}

describe('ingest refuses, writing nothing', () => {
  test('an unknown extension', () => refusal('slides.pptx', 'x', {}, 'UNKNOWN_EXTENSION'));
  test('text that is not UTF-8', () => refusal('latin1.txt', Buffer.from('D\xe9l\xe9gation', 'latin1'), {}, 'NOT_UTF8'));
  test('an image-only PDF', async () => refusal('scan.pdf', await makeImageOnlyPdf(), {}, 'NO_TEXT_LAYER'));
  test('a password-protected PDF', async () => refusal('locked.pdf', await makePdf(['Secret text.'], { userPassword: 'pw' }), {}, 'PASSWORD_PROTECTED'));
  test('a corrupt DOCX', () => refusal('broken.docx', 'PK not a zip', {}, 'CORRUPT_FILE'));
  test('a missing --meeting', async () => {
    const error = await refusal('note.txt', TEXT, { meeting: undefined }, 'MISSING_OPTION');
    expect(error.subject).toBe('--meeting');
  });
  test('an unknown --meeting, with a suggestion', async () => {
    const error = await refusal('note.txt', TEXT, { meeting: 'aalco-owg-cyber-5' }, 'BAD_OPTION');
    expect(error.message).toContain('aalco-owg-cyber-4');
  });
  test('an --actor that is neither in the catalog nor an ISO 3166-1 alpha-3 code', () => refusal('note.txt', TEXT, { actor: 'XYZ' }, 'BAD_OPTION'));
  test('a bad --reliability and a bad --date', async () => {
    await refusal('note.txt', TEXT, { reliability: 'RUMOUR' }, 'BAD_OPTION');
    await refusal('note.txt', TEXT, { date: '4 Sept 2019' }, 'BAD_OPTION');
  });
  test('an id that already exists, unless --replace', async () => {
    const error = await refusal('note.txt', TEXT, { id: 'hangzhou-2019' }, 'DOCUMENT_EXISTS');
    expect(error.message).toContain('--replace');
  });
});

describe('--dry-run', () => {
  test('writes nothing, needs no meeting, and prints pure JSON Lines with code-point offsets', async () => {
    const file = path.join(work, 'astral.txt');
    // An astral character before the quote: offsets count code points, not UTF-16 units.
    await writeFile(file, `𝄞 Notes\n\n${TEXT}`);
    const before = await snapshot();
    const run = await runCli(['ingest', file, '--format', 'json', '--dry-run', '--seeds', seeds.dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(await snapshot()).toBe(before);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    const text = Array.from(`𝄞 Notes\n\n${TEXT}`);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['actor', 'target', 'targetName', 'stance', 'quote', 'start', 'end', 'confidence', 'cue', 'statementId']);
      expect(text.slice(line.start, line.end).join('')).toBe(line.quote);
    }
    expect(lines[0]).toMatchObject({ actor: 'CHL', target: 'non-intervention', stance: 'SUPPORTS' });
  }, 180_000);
});
