import type { Stance } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import {
  chanceCorrectedAgreement,
  type ChanceCorrectedAgreement,
} from './chanceCorrectedAgreement.js';
import { compareIds } from './compareIds.js';
import { indexInput } from './indexInput.js';
import { selectStates } from './selectStates.js';
import { validateCount } from './validateCount.js';

export interface AgreementOptions {
  /** The States to compare; all participating States in scope when absent or empty. */
  readonly actorIds?: readonly string[];
  /** Below this many shared targets κ and π are null (TOO_FEW_SHARED_TARGETS). Default 3. */
  readonly minSharedTargets?: number;
}

export interface StateAgreement {
  /** The States compared, by id. */
  readonly stateIds: readonly string[];
  readonly minSharedTargets: number;
  /** One row per unordered pair, stateA < stateB, ordered by (stateA, stateB); every pair, even silent ones. */
  readonly pairs: readonly AgreementPair[];
}

export interface AgreementPair extends ChanceCorrectedAgreement {
  readonly stateA: string;
  readonly stateB: string;
  /** The targets both States took a position on, by id. Silence is missing data, never disagreement. */
  readonly sharedTargetIds: readonly string[];
}

export const DEFAULT_MIN_SHARED_TARGETS = 3;

/**
 * Pairwise agreement of participating States over the targets both spoke on, comparing net stances
 * (see `netStance`) as a nominal scale: raw agreement, Cohen's κ and Scott's π
 * (see `chanceCorrectedAgreement`).
 */
export function agreement(input: AnalysisInput, options: AgreementOptions = {}): StateAgreement {
  const stateIds = selectStates(input, options.actorIds, 'actorIds');
  const minSharedTargets = validateCount('minSharedTargets', options.minSharedTargets ?? DEFAULT_MIN_SHARED_TARGETS, 1);
  const nets = indexInput(input).netStancesByState;
  const none: ReadonlyMap<string, Stance> = new Map();

  const pairs: AgreementPair[] = [];
  stateIds.forEach((stateA, i) => {
    const a = nets.get(stateA) ?? none;
    for (const stateB of stateIds.slice(i + 1)) {
      const b = nets.get(stateB) ?? none;
      const sharedTargetIds = [...a.keys()].filter((targetId) => b.has(targetId)).sort(compareIds);
      const stancePairs = sharedTargetIds.map((t) => [a.get(t), b.get(t)] as [Stance, Stance]);
      pairs.push({ stateA, stateB, sharedTargetIds, ...chanceCorrectedAgreement(stancePairs, minSharedTargets) });
    }
  });
  return { stateIds, minSharedTargets, pairs };
}
