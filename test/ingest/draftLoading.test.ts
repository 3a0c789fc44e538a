import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnnotationError, loadSeeds } from '../../graph/index.js';
import { ingestCommand } from '../../server/cli/ingestCommand.js';
import { copySeeds, type TempSeeds } from '../support/tempSeeds.js';

/** annotations.draft.yaml loads as EXTRACTED positions, checked with file and line like curated ones. */
let seeds: TempSeeds;
const DRAFT = 'documents/summary/annotations.draft.yaml';
beforeAll(async () => {
  seeds = await copySeeds();
  const log = console.log;
  console.log = () => undefined;
  await ingestCommand(path.join(import.meta.dirname, 'fixtures', 'summary.md'), { seeds: seeds.dir, meeting: 'aalco-owg-cyber-4', format: 'text' }).finally(() => {
    console.log = log;
  });
});
afterAll(() => seeds?.remove());

describe('draft annotations in the seeds', () => {
  test('load as EXTRACTED positions with extractor, confidence, cue and date', async () => {
    const bundle = await loadSeeds({ seedsDir: seeds.dir });
    const extracted = bundle.positions.filter((p) => p.evidence.documentId === 'summary');
    expect(extracted.length).toBeGreaterThan(0);
    for (const position of extracted) {
      expect(position.provenance.method).toBe('EXTRACTED');
      if (position.provenance.method !== 'EXTRACTED') continue;
      expect(position.provenance.extractor).toMatch(/cyberlaw-ingest/);
      expect(position.provenance.confidence).toBeGreaterThan(0);
      expect(position.provenance.cue!.length).toBeGreaterThan(0);
      expect(position.provenance.extractedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const document = bundle.documents.find((d) => d.id === 'summary')!;
    expect(document.original).toEqual({ name: 'summary.md', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), mediaType: 'text/markdown' });
  });

  test('a quote edited out of true is reported with the draft file and its line, and nothing loads', async () => {
    const line = await seeds.replace(DRAFT, 'quote: The Japanese delegation emphasised', 'quote: The Japanese delegation firmly insisted');
    const error = await loadSeeds({ seedsDir: seeds.dir }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnnotationError);
    const problem = (error as AnnotationError).problems.find((p) => p.location.file.endsWith(DRAFT));
    expect(problem?.location.line).toBe(line);
    expect(problem?.message).toMatch(/not verbatim/);
  });
});
