import { STANCES, type Stance } from '../model/index.js';

/**
 * Agreement between two States over the targets both spoke on, each target a pair of net stances
 * (a nominal scale of four categories).
 *
 * - Raw agreement p_o = A / N: the share of the N shared targets on which the net stances are equal.
 * - Cohen's kappa (Cohen 1960, Educational and Psychological Measurement 20:37–46):
 *   κ = (p_o − p_e) / (1 − p_e) with p_e = Σ_k p_a(k)·p_b(k), each State's own distribution of
 *   stances over the shared targets.
 * - Scott's pi (Scott 1955, Public Opinion Quarterly 19:321–5): the same with
 *   p_e = Σ_k ((p_a(k) + p_b(k)) / 2)², the pooled distribution.
 * Häge (2011, "Choice or Circumstance?", Political Analysis 19(3):287–305, doi:10.1093/pan/mpr023)
 * proposes both in place of Signorino and Ritter's (1999) S because S credits agreement that the
 * States' propensities alone would produce; κ also allows for the two States' different propensities.
 *
 * Computed from integer counts, κ = (N·A − C) / (N² − C) with C = Σ_k n_a(k)·n_b(k), and
 * π = (4N·A − P) / (4N² − P) with P = Σ_k (n_a(k) + n_b(k))², so that the same data give the same
 * float in every store and "p_e = 1" is an exact test, not a rounding accident.
 *
 * κ and π are null, never NaN, with a reason: NO_SHARED_TARGETS (N = 0), TOO_FEW_SHARED_TARGETS
 * (N < minSharedTargets: with one or two targets an index swings across its whole range on a single
 * statement), NO_VARIATION (p_e = 1: both States took one and the same stance on every shared target,
 * so agreement is total but no better than chance can be told from it: 0/0).
 */
export interface ChanceCorrectedAgreement {
  readonly sharedTargets: number;
  readonly agreements: number;
  /** p_o; null when N = 0. */
  readonly rawAgreement: number | null;
  readonly kappa: number | null;
  readonly pi: number | null;
  readonly nullReason: ChanceCorrectionNullReason | null;
}

export type ChanceCorrectionNullReason = 'NO_SHARED_TARGETS' | 'TOO_FEW_SHARED_TARGETS' | 'NO_VARIATION';

export function chanceCorrectedAgreement(
  stancePairs: readonly (readonly [Stance, Stance])[],
  minSharedTargets: number,
): ChanceCorrectedAgreement {
  const n = stancePairs.length;
  const agreements = stancePairs.filter(([a, b]) => a === b).length;
  const rawAgreement = n === 0 ? null : agreements / n;
  const nullReason: ChanceCorrectionNullReason | null =
    n === 0 ? 'NO_SHARED_TARGETS' : n < minSharedTargets ? 'TOO_FEW_SHARED_TARGETS' : null;
  if (nullReason !== null) return { sharedTargets: n, agreements, rawAgreement, kappa: null, pi: null, nullReason };

  let cohen = 0; // C = Σ n_a(k)·n_b(k)
  let scott = 0; // P = Σ (n_a(k) + n_b(k))²
  for (const stance of STANCES) {
    const na = stancePairs.filter(([a]) => a === stance).length;
    const nb = stancePairs.filter(([, b]) => b === stance).length;
    cohen += na * nb;
    scott += (na + nb) ** 2;
  }
  // C = N² exactly when both States put every target in one and the same category; then P = 4N² too.
  if (cohen === n * n) {
    return { sharedTargets: n, agreements, rawAgreement, kappa: null, pi: null, nullReason: 'NO_VARIATION' };
  }
  return {
    sharedTargets: n,
    agreements,
    rawAgreement,
    kappa: (n * agreements - cohen) / (n * n - cohen),
    pi: (4 * n * agreements - scott) / (4 * n * n - scott),
    nullReason: null,
  };
}
