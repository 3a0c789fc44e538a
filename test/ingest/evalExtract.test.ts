import { describe, expect, test } from 'vitest';
import { evalExtractCommand } from '../../server/cli/evalExtractCommand.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';

/**
 * Keeps the extractor from getting worse on the seed report than measured when this was written
 * (README, "Evaluation of the extractor"): the floors are the measured figures rounded down.
 */
describe('npm run eval:extract on the seed report', () => {
  test('statement attribution, (actor, target) positions and stance agreement stay at or above their measured level', async () => {
    const log = console.log;
    console.log = () => undefined;
    const [score] = await evalExtractCommand({ seeds: SEEDS_DIR, json: true }).finally(() => {
      console.log = log;
    });
    expect(score!.statements.precision).toBeGreaterThanOrEqual(0.85);
    expect(score!.statements.recall).toBeGreaterThanOrEqual(0.86);
    expect(score!.positions.recall).toBeGreaterThanOrEqual(0.77);
    expect(score!.positions.precision).toBeGreaterThanOrEqual(0.85);
    expect(score!.stanceAgreement.rate).toBeGreaterThanOrEqual(0.78);
  });
});
