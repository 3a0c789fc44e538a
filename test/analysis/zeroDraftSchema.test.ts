import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { loadAnalysisInput, loadSeeds, renderZeroDraft, zeroDraft } from '../../graph/index.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';
import { recordingMemoryStore } from './fixture/recordingMemoryStore.js';

/** The zero draft's JSON validates against its versioned schema (schemas/zero-draft.v1.schema.json). */
const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemas/zero-draft.v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validate = ajv.compile(schema);

describe('zero draft JSON schema v1', () => {
  test('the Hangzhou zero draft validates, carries schemaVersion 1 and the tiers it drew on', async () => {
    const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
    const draft = JSON.parse(renderZeroDraft(zeroDraft(await loadAnalysisInput(recordingMemoryStore(bundle), {})), 'JSON'));
    const valid = validate(draft);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(draft.schemaVersion).toBe(1);
    expect(draft.tiers).toEqual(['OFFICIAL_RECORD']);
  });

  test('version 1.1 is additive: a capped draft validates, and so does one without the 1.1 fields', async () => {
    const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
    const input = await loadAnalysisInput(recordingMemoryStore(bundle), {});
    const capped = JSON.parse(renderZeroDraft(zeroDraft(input, { quoting: { supportersPerCandidate: 1, voicesPerSide: 0, questionTargetsQuoted: 0 } }), 'JSON'));
    expect(capped.principles[0].otherSupporters.count).toBeGreaterThan(0);
    expect(validate(capped) ? [] : validate.errors).toEqual([]);
    // A 1.0 reader's draft: none of the fields 1.1 added.
    const { quoting: _q, unquotedQuestions: _u, ...draft } = JSON.parse(renderZeroDraft(zeroDraft(input), 'JSON'));
    for (const principle of draft.principles) for (const key of ['otherSupporters', 'otherReservations', 'otherQueriedBy']) delete principle[key];
    for (const divergence of draft.divergences) for (const side of divergence.sides) delete side.otherVoices;
    expect(validate(draft) ? [] : validate.errors).toEqual([]);
  });

  test('a draft missing its schemaVersion or with an unknown stance is rejected', async () => {
    const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
    const draft = JSON.parse(renderZeroDraft(zeroDraft(await loadAnalysisInput(recordingMemoryStore(bundle), {})), 'JSON'));
    const { schemaVersion: _dropped, ...withoutVersion } = draft;
    expect(validate(withoutVersion)).toBe(false);
    draft.divergences[0].sides[0].stance = 'MAYBE';
    expect(validate(draft)).toBe(false);
  });
});
