import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../server/config.js';
import { runCli } from '../support/runCli.js';
import { copySeeds, type TempSeeds } from '../support/tempSeeds.js';

/**
 * The interactive review driven through its standard input, as a person at a terminal would:
 * each key is sent only once the screen shows the question it answers.
 */
let seeds: TempSeeds;
/** Headroom for tests that start the command line (tsx, then a seeds load per decision) on a busy machine. */
const SPAWNS = 240_000;
const folder = () => path.join(seeds.dir, 'documents', 'summary');

beforeAll(async () => {
  seeds = await copySeeds();
  const run = await runCli(['ingest', path.join(import.meta.dirname, 'fixtures', 'summary.md'), '--seeds', seeds.dir, '--meeting', 'aalco-owg-cyber-4']);
  expect(run.code).toBe(0);
});
afterAll(() => seeds?.remove());

/** Starts `npm run review` on a pipe; `answer(waitFor, keys)` types keys once `waitFor` has appeared (n-th time). */
function startReview(documentId: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/cli/main.ts'), 'review', documentId, '--seeds', seeds.dir, '--reviewer', 'Ada Reviewer'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', REVIEW_FORCE_INTERACTIVE: '1' },
  });
  let output = '';
  const waiters: { text: string; count: number; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (output.split(waiter.text).length - 1 >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk) => {
    output += chunk;
    check();
  });
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    exited,
    output: () => output,
    async answer(text: string, count: number, keys: string) {
      await new Promise<void>((resolve) => {
        waiters.push({ text, count, resolve });
        check();
      });
      child.stdin.write(keys);
    },
  };
}

describe('npm run review, interactive', () => {
  test('reject, undo, accept, quit; then resume where it stopped', async () => {
    const draftBefore = parse(await readFile(path.join(folder(), 'annotations.draft.yaml'), 'utf8'));
    const pendingBefore = draftBefore.statements.flatMap((s: any) => s.positions).length;
    const first = draftBefore.statements[0].positions.sort((a: any, b: any) => b.confidence - a.confidence)[0];

    const review = startReview('summary');
    await review.answer(`Suggestion 1 of ${pendingBefore}`, 1, 'r\n');
    await review.answer(`Suggestion 2 of ${pendingBefore}`, 1, 'u\n');
    await review.answer('Undone.', 1, '');
    await review.answer(`Suggestion 1 of ${pendingBefore}`, 2, 'a\n');
    await review.answer(`Suggestion 2 of ${pendingBefore}`, 2, 'x\n');
    expect(await review.exited).toBe(0);
    expect(review.output()).toContain('run the same command to resume');

    const curated = parse(await readFile(path.join(folder(), 'annotations.yaml'), 'utf8'));
    const accepted = curated.statements.flatMap((s: any) => s.positions);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ id: first.id, target: first.target, stance: first.stance, quote: first.quote, reviewed_by: 'Ada Reviewer' });
    // The rejection was undone: nothing is remembered as rejected.
    expect(await stat(path.join(folder(), 'annotations.rejected.yaml')).catch(() => null)).toBeNull();

    const resumed = startReview('summary');
    await resumed.answer(`Suggestion 1 of ${pendingBefore - 1}`, 1, 'r\n');
    await resumed.answer(`Suggestion 2 of ${pendingBefore - 1}`, 1, 'x\n');
    expect(await resumed.exited).toBe(0);
    const rejected = parse(await readFile(path.join(folder(), 'annotations.rejected.yaml'), 'utf8')).rejected;
    expect(rejected).toHaveLength(1);
    expect(rejected[0].rejected_by).toBe('Ada Reviewer');
  }, SPAWNS);

  test('a re-ingest does not suggest a rejected position again, and keeps the accepted ones', async () => {
    const rejected = parse(await readFile(path.join(folder(), 'annotations.rejected.yaml'), 'utf8')).rejected[0];
    const run = await runCli(['ingest', path.join(import.meta.dirname, 'fixtures', 'summary.md'), '--seeds', seeds.dir, '--meeting', 'aalco-owg-cyber-4', '--replace']);
    expect(run.stderr).toBe('');
    const draft = parse(await readFile(path.join(folder(), 'annotations.draft.yaml'), 'utf8'));
    const suggested = draft.statements.flatMap((s: any) => s.positions.map((p: any) => [s.actor, p.target, p.stance, p.quote].join('|')));
    expect(suggested).not.toContain([rejected.actor, rejected.target, rejected.stance, rejected.quote].join('|'));
    expect(parse(await readFile(path.join(folder(), 'annotations.yaml'), 'utf8')).statements.flatMap((s: any) => s.positions)).toHaveLength(1);
  }, SPAWNS);
});
