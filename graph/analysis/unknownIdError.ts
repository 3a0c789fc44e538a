import { didYouMean, InvalidArgumentError } from '../errors/index.js';
import { compareIds } from './compareIds.js';

export type IdKind = 'actors' | 'targets' | 'meetings' | 'agendaItems' | 'documents';

/**
 * The error for an argument naming an id the graph does not hold, worded as the server's own
 * `validateIds` words it (`filter.actorIds: unknown actor "CHN2". Did you mean "CHN"?`), so that an
 * analysis field and a list field reject a typo alike (BAD_USER_INPUT, with the argument's name).
 */
export function unknownIdError(argument: string, kind: IdKind, id: string, known: Iterable<string>): InvalidArgumentError {
  const suggestion = didYouMean(id, [...known].sort(compareIds)) || ` Query ${QUERIES[kind]} for the valid ids.`;
  return new InvalidArgumentError(argument, `${argument}: unknown ${NOUNS[kind]} ${JSON.stringify(id)}.${suggestion}`);
}

// Private:

const NOUNS: Record<IdKind, string> = {
  actors: 'actor',
  targets: 'principle, instrument or proposal',
  meetings: 'meeting',
  agendaItems: 'agenda item',
  documents: 'document or dataset',
};

const QUERIES: Record<IdKind, string> = {
  actors: 'actors',
  targets: 'principles, instruments and proposals',
  meetings: 'meetings',
  agendaItems: 'meetings { agendaItems }',
  documents: 'documents',
};
