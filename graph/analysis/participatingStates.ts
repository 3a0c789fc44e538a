import type { Actor } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { indexInput } from './indexInput.js';
import { mustGet } from './mustGet.js';

/**
 * The participating States of `input`, by id: actors of kind STATE with a Participation of any
 * status (member, observer, host, guest) in a meeting in scope, narrowed to the scope's actors if it
 * names any. Only they count in scores, agreement, blocs and common ground; a State that spoke
 * without a recorded Participation is shown on a consensus side but counted nowhere.
 */
export function participatingStates(input: AnalysisInput): Actor[] {
  const index = indexInput(input);
  return index.participatingStateIds.map((id) => mustGet(index.actorById, id, 'actor'));
}
