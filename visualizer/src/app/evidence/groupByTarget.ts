import type { EvidenceItem } from '../api/loadEvidence.js';
import { STANCES, type Stance } from '../model/kinds.js';

export interface TargetGroup {
  readonly target: EvidenceItem['target'];
  /** In the API's document order. */
  readonly items: EvidenceItem[];
  /** Positions per stance, in `STANCES` order, zeros left out. */
  readonly counts: readonly { readonly stance: Stance; readonly count: number }[];
}

/**
 * The positions by target, targets in the order they are first quoted, so a reader sees at once
 * who supports and who opposes each one; within a target, document order.
 */
export function groupByTarget(items: readonly EvidenceItem[]): TargetGroup[] {
  const byTarget = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    const list = byTarget.get(item.target.id);
    if (list) list.push(item);
    else byTarget.set(item.target.id, [item]);
  }
  return [...byTarget.values()].map((list) => ({
    target: list[0]!.target,
    items: list,
    counts: STANCES.map((stance) => ({ stance, count: list.filter((item) => item.stance === stance).length })).filter((c) => c.count > 0),
  }));
}
