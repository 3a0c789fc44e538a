import type { Position, Statement } from '../../model/index.js';
import type { Extraction } from '../extract/Suggestion.js';

export interface ExtractionScore {
  readonly statements: PrecisionRecall;
  readonly positions: PrecisionRecall;
  /** Share of matched (actor, target) pairs whose stance agrees with a curated stance for the pair. */
  readonly stanceAgreement: { readonly agreed: number; readonly matched: number; readonly rate: number };
  readonly missedPositions: readonly { actorId: string; targetId: string; stance: string; quote: string }[];
  readonly spuriousPositions: readonly { actorId: string; targetId: string; stance: string; quote: string }[];
  readonly missedStatements: readonly { actorId: string; id: string }[];
  /** Candidate new targets suggested (not scored: the curated data cannot contain them). */
  readonly candidates: number;
}

export interface PrecisionRecall {
  readonly truePositives: number;
  readonly suggested: number;
  readonly expected: number;
  readonly precision: number;
  readonly recall: number;
}

/**
 * Scores suggestions against curated annotations of the same document.
 * - Statements: a suggested statement matches a curated one with the same actor whose span it
 *   overlaps (each curated statement matched at most once). Statements with no position count:
 *   they are who spoke.
 * - Positions: as a set of distinct (actor, target) pairs, the unit analyses count by; candidate
 *   new targets are left out (the curated data has no id for them).
 * - Stance agreement: over matched pairs, whether a suggested stance equals a curated stance for
 *   that pair.
 */
export function evaluateExtraction(
  extraction: Extraction,
  curated: { statements: readonly Statement[]; positions: readonly Position[] },
  /** Converts the extraction's UTF-16 offsets to the code points curated offsets use. */
  toCodePoint: (utf16: number) => number,
): ExtractionScore {
  const used = new Set<string>();
  let matchedStatements = 0;
  for (const suggested of extraction.statements) {
    const match = curated.statements.find(
      (s) => !used.has(s.id) && s.actorId === suggested.actorId && s.start < toCodePoint(suggested.end) && toCodePoint(suggested.start) < s.end,
    );
    if (match) {
      used.add(match.id);
      matchedStatements++;
    }
  }
  const pairKey = (actorId: string, targetId: string) => `${actorId}\u0000${targetId}`;
  const curatedPairs = new Map<string, Position[]>();
  for (const p of curated.positions) curatedPairs.set(pairKey(p.actorId, p.targetId), [...(curatedPairs.get(pairKey(p.actorId, p.targetId)) ?? []), p]);
  const suggestedPairs = new Map<string, Extraction['positions'][number][]>();
  for (const p of extraction.positions) {
    if (!p.targetId) continue;
    const key = pairKey(p.actorId, p.targetId);
    suggestedPairs.set(key, [...(suggestedPairs.get(key) ?? []), p]);
  }
  let truePairs = 0;
  let agreed = 0;
  for (const [key, suggested] of suggestedPairs) {
    const expected = curatedPairs.get(key);
    if (!expected) continue;
    truePairs++;
    if (suggested.some((s) => expected.some((e) => e.stance === s.stance))) agreed++;
  }
  const describe = (p: { actorId: string; targetId: string | null; stance: string; quote?: string; evidence?: { quote: string } }) => ({
    actorId: p.actorId,
    targetId: p.targetId ?? '',
    stance: p.stance,
    quote: p.quote ?? p.evidence?.quote ?? '',
  });
  return {
    statements: pr(matchedStatements, extraction.statements.length, curated.statements.length),
    positions: pr(truePairs, suggestedPairs.size, curatedPairs.size),
    stanceAgreement: { agreed, matched: truePairs, rate: truePairs === 0 ? 0 : agreed / truePairs },
    missedPositions: [...curatedPairs].filter(([key]) => !suggestedPairs.has(key)).map(([, [first]]) => describe(first!)),
    spuriousPositions: [...suggestedPairs].filter(([key]) => !curatedPairs.has(key)).map(([, [first]]) => describe(first!)),
    missedStatements: curated.statements.filter((s) => !used.has(s.id)).map((s) => ({ actorId: s.actorId, id: s.id })),
    candidates: extraction.positions.filter((p) => !p.targetId).length,
  };
}

function pr(truePositives: number, suggested: number, expected: number): PrecisionRecall {
  return {
    truePositives,
    suggested,
    expected,
    precision: suggested === 0 ? 0 : truePositives / suggested,
    recall: expected === 0 ? 0 : truePositives / expected,
  };
}
