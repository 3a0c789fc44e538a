import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { loadAnalysisInput, zeroDraft, type AnalysisInput } from '../../graph/index.js';
import { MAX_CITATIONS_PER_VOICE } from '../../graph/analysis/zeroDraftModel.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';

describe('a zero draft of a corpus where States repeat themselves', () => {
  let dataDir: string;
  let input: AnalysisInput;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-zero-draft-'));
    const store = createSqliteStore({ dataDir });
    await store.replaceGraph(generateCorpus({ positions: 3000, meetings: 10, targets: 40, seed: 7 }));
    // The synthetic corpus is marked EXTRACTED (nobody reviewed it): let it in explicitly.
    input = await loadAnalysisInput(store, { includeExtracted: true });
    await store.close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  test('quotes each voice at most twice and counts the rest, and still verifies', () => {
    const draft = zeroDraft(input); // throws ZeroDraftVerificationError if a count or quote is wrong
    const voices = [...draft.principles.flatMap((p) => [...p.supporters, ...p.queriedBy]), ...draft.divergences.flatMap((d) => d.sides.flatMap((s) => s.voices))];
    expect(voices.length).toBeGreaterThan(0);
    expect(Math.max(...voices.map((v) => v.citations.length))).toBeLessThanOrEqual(MAX_CITATIONS_PER_VOICE);
    expect(voices.some((v) => v.moreCitations > 0)).toBe(true);
  });

  test('quotes a few States per list and counts the others, so its size does not grow with the States', () => {
    const draft = zeroDraft(input);
    const { quoting } = draft;
    expect(Math.max(...draft.principles.map((p) => p.supporters.length))).toBeLessThanOrEqual(quoting.supportersPerCandidate);
    expect(draft.principles.some((p) => p.otherSupporters.count > 0)).toBe(true);
    const sides = draft.divergences.flatMap((d, i) => d.sides.map((side) => ({ side, quoted: i < quoting.divergencesQuoted })));
    expect(Math.max(...sides.map(({ side }) => side.voices.length))).toBeLessThanOrEqual(quoting.voicesPerSide);
    expect(sides.filter(({ quoted }) => !quoted).every(({ side }) => side.voices.length === 0 && side.otherVoices.count > 0)).toBe(true);
    expect(new Set(draft.openQuestions.map((q) => q.targetId)).size).toBeLessThanOrEqual(quoting.questionTargetsQuoted);
  });

  test('lists one open question per actor and target', () => {
    const keys = zeroDraft(input).openQuestions.map((q) => `${q.targetId} ${q.actorId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
