import { InvalidArgumentError } from '../errors/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { indexInput } from './indexInput.js';
import { unknownIdError } from './unknownIdError.js';

/**
 * The participating States an analysis compares: all of them, or those of `actorIds` (deduplicated,
 * ordered by id). Throws `InvalidArgumentError` (on `argument`) for an unknown actor id (with the
 * closest known ids), an actor that is not a State, or a State outside the scope.
 */
export function selectStates(input: AnalysisInput, actorIds: readonly string[] | undefined, argument: string): string[] {
  const index = indexInput(input);
  if (actorIds === undefined || actorIds.length === 0) return [...index.participatingStateIds];
  const selected = [...new Set(actorIds)].sort(compareIds);
  for (const id of selected) {
    const actor = index.actorById.get(id);
    if (actor === undefined) throw unknownIdError(argument, 'actors', id, index.actorById.keys());
    if (actor.kind !== 'STATE') {
      throw new InvalidArgumentError(argument, `actor ${JSON.stringify(id)} is ${article(actor.kind)} ${actor.kind}; only States are compared. Pass State ids such as ${JSON.stringify(index.participatingStateIds[0] ?? 'CHN')}.`);
    }
    const scoped = input.scope.actorIds;
    if (scoped !== undefined && scoped.length > 0 && !scoped.includes(id)) {
      throw new InvalidArgumentError(argument, `State ${JSON.stringify(id)} is outside the scope's actors (${scoped.map((a) => JSON.stringify(a)).join(', ')}). Add it to the scope or drop it here.`);
    }
    if (!index.isParticipatingState(id)) {
      const meetings = input.meetings.map((m) => JSON.stringify(m.id)).join(', ') || 'none';
      throw new InvalidArgumentError(argument, `State ${JSON.stringify(id)} took part in no meeting in scope (meetings: ${meetings}). Widen the scope or drop ${JSON.stringify(id)}.`);
    }
  }
  return selected;
}

// Private:

function article(kind: string): string {
  return /^[AEIOU]/.test(kind) ? 'an' : 'a';
}
