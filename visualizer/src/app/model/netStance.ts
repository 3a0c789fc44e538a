import { netStance as sharedNetStance } from '../../../../graph/analysis/netStance.js';
import type { Stance } from './kinds.js';

/**
 * The most reserved stance of a set (OPPOSES > QUALIFIES > SUPPORTS > QUERIES): the analysis
 * layer's own rule (graph/analysis/netStance.ts, consensus as the absence of objection), reused so
 * the explorer's figures cannot drift from the API's. Null for an empty set.
 */
export function netStance(stances: Iterable<Stance>): Stance | null {
  const all = [...stances];
  return all.length === 0 ? null : sharedNetStance(all);
}
