import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { sha256Hex } from '../../graph/ingest/read/readSourceFile.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { ingestCommand, type IngestOptions } from '../../server/cli/ingestCommand.js';
import { reviewCommand } from '../../server/cli/reviewCommand.js';
import { copySeeds, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';
import { makeDocx, makePdf } from './support/makeFixtures.js';

/**
 * From a clean copy of the seeds: ingest a PDF and a DOCX made here from known text, an HTML page
 * and a text file; accept the confident suggestions with `review --accept-above 0.9`; then the
 * graph answers the new positions over GraphQL, reviewed ones as CURATED, the rest as EXTRACTED.
 */
const MEETING = 'aalco-owg-cyber-4';
const PDF_TEXT = [
  'Summary of the informal exchange on international law',
  'The representative of Chile said that her delegation supports the principle of non-intervention.',
  'The delegate of Japan stated that the Convention on Cybercrime of the Council of Europe was a useful framework.',
];
const DOCX_TEXT = [
  'National statement',
  'We support the principle of non-intervention.',
  'We do not accept that unilateral coercive measures are lawful.',
];
const HTML = `<!doctype html><html><head><title>Debate on ICT security</title></head><body>
<h1>Debate on ICT security</h1>
<p>The representative of the Russian Federation said that it is premature to conclude that international humanitarian law applies to ICT operations.</p>
<p>Mr. Carlos Mendez (Mexico) said that his country supports State sovereignty in cyberspace.</p></body></html>`;
const TXT = `Notes of the closing session\n\nThe delegate of Viet Nam inquired whether the principle of distinction applies to data.\n`;

let seeds: TempSeeds;
let work: string;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let store: GraphStore;
let server: RunningServer;
const files: Record<string, string> = {};

beforeAll(async () => {
  seeds = await copySeeds();
  work = await mkdtemp(path.join(os.tmpdir(), 'cpg-ingest-'));
  files.pdf = path.join(work, 'informal-exchange.pdf');
  files.docx = path.join(work, 'national-statement.docx');
  files.html = path.join(work, 'debate.html');
  files.txt = path.join(work, 'closing-notes.txt');
  await writeFile(files.pdf, await makePdf(PDF_TEXT, { title: 'Informal exchange' }));
  await writeFile(files.docx, await makeDocx(DOCX_TEXT));
  await writeFile(files.html, HTML);
  await writeFile(files.txt, TXT);
  data = await tempDataDir();
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await data?.remove();
  await seeds?.remove();
  await rm(work, { recursive: true, force: true });
});

/**
 * The commands' own functions, in this process (the spawned command line, the same functions
 * behind commander, is exercised in abuse.test.ts and reviewInteractive.test.ts). Output is kept.
 */
async function quietly(run: () => Promise<void>): Promise<string> {
  const log = console.log;
  const lines: string[] = [];
  console.log = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await run();
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}
const ingest = (file: string, options: Partial<IngestOptions> = {}) =>
  quietly(() => ingestCommand(file, { seeds: seeds.dir, meeting: MEETING, format: 'text', ...options }));

describe('ingest, review, then GraphQL', () => {
  test('each format is ingested into its own document folder with the text, its hash and the original file', async () => {
    await ingest(files.pdf!);
    await ingest(files.docx!, { actor: 'ISR', id: 'isr-statement' });
    await ingest(files.html!, { sourceUrl: 'https://example.org/debate' });
    expect(await ingest(files.txt!)).toContain('next: npm run review -- closing-notes');
    const folders = (await readdir(path.join(seeds.dir, 'documents'))).sort();
    expect(folders).toEqual(['closing-notes', 'debate', 'hangzhou-2019', 'informal-exchange', 'isr-statement']);

    const pdfMeta = parse(await readFile(path.join(seeds.dir, 'documents/informal-exchange/document.yaml'), 'utf8'));
    expect(pdfMeta.original).toEqual({ name: 'informal-exchange.pdf', sha256: sha256Hex(await readFile(files.pdf!)), media_type: 'application/pdf' });
    expect(pdfMeta.title).toBe('Informal exchange');
    const pdfText = await readFile(path.join(seeds.dir, 'documents/informal-exchange/informal-exchange.txt'), 'utf8');
    for (const line of PDF_TEXT) expect(pdfText.replace(/\s+/g, ' ')).toContain(line);

    const docxMeta = parse(await readFile(path.join(seeds.dir, 'documents/isr-statement/document.yaml'), 'utf8'));
    expect(docxMeta.reliability).toBe('STATE_PUBLISHED');
    expect(docxMeta.original.media_type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const htmlMeta = parse(await readFile(path.join(seeds.dir, 'documents/debate/document.yaml'), 'utf8'));
    expect(htmlMeta.source_url).toBe('https://example.org/debate');
    // A .txt is its own original: stored byte-for-byte.
    expect(await readFile(path.join(seeds.dir, 'documents/closing-notes/closing-notes.txt'), 'utf8')).toBe(TXT);
    // States the catalog lacked were added by their ISO 3166-1 alpha-3 codes, and said so.
    const actors = parse(await readFile(path.join(seeds.dir, 'catalog/actors.yaml'), 'utf8')).actors.map((a: { id: string }) => a.id);
    expect(actors).toEqual(expect.arrayContaining(['CHL', 'ISR', 'RUS', 'MEX']));
  });

  test('review --accept-above 0.9 moves confident suggestions to annotations.yaml as CURATED with reviewer and date', async () => {
    for (const id of ['informal-exchange', 'isr-statement', 'debate', 'closing-notes']) {
      expect(await quietly(() => reviewCommand(id, { seeds: seeds.dir, acceptAbove: 0.9, reviewer: 'Ada Reviewer' }))).toMatch(/^accepted \d+ suggestion/);
    }
    const curated = parse(await readFile(path.join(seeds.dir, 'documents/informal-exchange/annotations.yaml'), 'utf8'));
    expect(curated.provenance.coder).toBe('Ada Reviewer');
    const accepted = curated.statements.flatMap((s: any) => s.positions);
    expect(accepted.length).toBeGreaterThan(0);
    for (const position of accepted) {
      expect(position.reviewed_by).toBe('Ada Reviewer');
      expect(position.reviewed_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('GraphQL answers the new positions with their provenance, and filters on it', async () => {
    store = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store, seedsDir: seeds.dir });
    server = await startServer({ store, port: 0, host: '127.0.0.1' });
    const query = /* GraphQL */ `
      query New($filter: PositionFilter) {
        positions(first: 100, filter: $filter) {
          totalCount
          edges { node { stance actor { id } target { id } evidence { quote document { id original { name mediaType } } }
            provenance { method coder reviewer reviewedOn suggestedBy extractor confidence cue } } }
        }
      }`;
    const documentIds = ['informal-exchange', 'isr-statement', 'debate', 'closing-notes'];
    const all = await postGraphQL(server.url, query, { filter: { documentIds } });
    expect(all.errors).toBeUndefined();
    const nodes = all.data.positions.edges.map((e: any) => e.node);
    const triple = (n: any) => `${n.actor.id} ${n.stance} ${n.target.id}`;
    expect(nodes.map(triple)).toEqual(
      expect.arrayContaining([
        'CHL SUPPORTS non-intervention',
        'JPN SUPPORTS budapest-convention',
        'ISR SUPPORTS non-intervention',
        'ISR OPPOSES unilateral-coercive-measures',
        'RUS QUALIFIES ihl',
        'VNM QUERIES distinction',
      ]),
    );
    const curated = nodes.filter((n: any) => n.provenance.method === 'CURATED');
    expect(curated.length).toBeGreaterThan(0);
    for (const n of curated) {
      expect(n.provenance).toMatchObject({ coder: 'Ada Reviewer', reviewer: 'Ada Reviewer', extractor: null, confidence: null });
      expect(n.provenance.suggestedBy).toMatch(/cyberlaw-ingest/);
    }
    const pdfPosition = nodes.find((n: any) => n.evidence.document.id === 'informal-exchange');
    expect(pdfPosition.evidence.document.original).toEqual({ name: 'informal-exchange.pdf', mediaType: 'application/pdf' });

    const extracted = await postGraphQL(server.url, query, { filter: { documentIds, provenance: ['EXTRACTED'] } });
    const extractedNodes = extracted.data.positions.edges.map((e: any) => e.node);
    expect(extracted.data.positions.totalCount).toBe(nodes.length - curated.length);
    for (const n of extractedNodes) {
      expect(n.provenance.method).toBe('EXTRACTED');
      expect(n.provenance.confidence).toBeLessThan(0.9);
      expect(n.provenance.cue.length).toBeGreaterThan(0);
    }
  });

  test('analyses leave unreviewed EXTRACTED positions out unless the scope asks, and say so', async () => {
    const basis = /* GraphQL */ `query B($scope: AnalysisScope) { analysisBasis(scope: $scope) { positions curated extracted includesExtracted } }`;
    const without = await postGraphQL(server.url, basis, {});
    const withExtracted = await postGraphQL(server.url, basis, { scope: { includeExtracted: true } });
    expect(without.data.analysisBasis.extracted).toBe(0);
    expect(without.data.analysisBasis.includesExtracted).toBe(false);
    expect(withExtracted.data.analysisBasis.extracted).toBeGreaterThan(0);
    expect(withExtracted.data.analysisBasis.curated).toBe(without.data.analysisBasis.curated);
    const draft = await postGraphQL(server.url, `{ zeroDraft(format: MARKDOWN) }`);
    expect(draft.data.zeroDraft).toContain('unreviewed extracted positions left out');
  });
});
