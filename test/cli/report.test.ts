import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, type GraphBundle } from '../../graph/index.js';
import { runCli } from '../support/runCli.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

let data: Awaited<ReturnType<typeof tempDataDir>>;
let bundle: GraphBundle;
beforeAll(async () => {
  data = await tempDataDir();
  bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
});
afterAll(async () => {
  await data.remove();
});

describe('npm run report', () => {
  test('prints a Markdown zero draft whose every quote is verbatim in the document', async () => {
    const { code, stdout } = await runCli(['report', '--format', 'md'], { DATA_DIR: data.dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Zero draft/);
    const text = bundle.documents[0]!.text;
    const quotes = [...stdout.matchAll(/“(.+?)” — /g)].map((match) => match[1]!.replace(/\\\*/g, '*'));
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) expect(text).toContain(quote);
  });

  test('claims as supporters only States holding a SUPPORTS position on the target', async () => {
    const { code, stdout } = await runCli(['report', '--format', 'json'], { DATA_DIR: data.dir });
    expect(code).toBe(0);
    const draft = JSON.parse(stdout);
    expect(draft.principles.length).toBeGreaterThan(0);
    for (const principle of draft.principles) {
      for (const supporter of principle.supporters) {
        const held = bundle.positions.filter(
          (p) => p.actorId === supporter.actorId && p.targetId === principle.targetId && p.stance === 'SUPPORTS',
        );
        expect(held.length).toBeGreaterThan(0);
        for (const citation of supporter.citations) expect(held.map((p) => p.id)).toContain(citation.positionId);
      }
    }
  });

  test.each([
    [['report', '--format', 'xml'], '--format'],
    [['report', '--meeting', 'aalco-owg-cyber-5'], '--meeting'],
    [['report', '--actor', 'CHN2'], '--actor'],
    [['report', '--min-supporters', 'zero'], '--min-supporters'],
  ])('rejects %j naming %s and exits 1', async (args, option) => {
    const { code, stderr } = await runCli(args, { DATA_DIR: data.dir });
    expect(code).toBe(1);
    expect(stderr).toContain(option);
  });
});
