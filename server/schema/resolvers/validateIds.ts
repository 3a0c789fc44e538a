import { didYouMean, InvalidArgumentError } from '../../../graph/index.js';
import type { Context } from '../loaders.js';

type Kind = 'actors' | 'targets' | 'meetings' | 'agendaItems' | 'documents' | 'statements';

const NOUNS: Record<Kind, string> = {
  actors: 'actor',
  targets: 'principle, instrument or proposal',
  meetings: 'meeting',
  agendaItems: 'agenda item',
  documents: 'document',
  statements: 'statement',
};

/**
 * Rejects ids in arguments that name nothing, so a typo gives an error that says so (with a
 * suggestion) rather than an empty answer that looks like "nobody said anything".
 */
export async function validateIds(
  context: Context,
  kind: Kind,
  ids: readonly string[] | null | undefined,
  argument: string,
): Promise<void> {
  if (!ids || ids.length === 0) return;
  // A document is looked up without its text: only whether it exists matters here.
  const found = await (kind === 'documents' ? context.loaders.documentHeads : context.loaders[kind]).loadMany(ids);
  const unknown = ids.filter((_, index) => found[index] === null || found[index] instanceof Error);
  if (unknown.length === 0) return;
  const known = await knownIds(context, kind);
  const first = unknown[0]!;
  throw new InvalidArgumentError(
    argument,
    `${argument}: unknown ${NOUNS[kind]} ${JSON.stringify(first)}.${didYouMean(first, known) || ` Query ${kind} for the valid ids.`}`,
  );
}

async function knownIds(context: Context, kind: Kind): Promise<string[]> {
  const { store } = context;
  switch (kind) {
    case 'actors':
      return (await store.listActors({})).map((a) => a.id);
    case 'targets':
      return (await store.listTargets({})).map((t) => t.id);
    case 'meetings':
      return (await store.listMeetings()).map((m) => m.id);
    case 'agendaItems': {
      const meetings = await store.listMeetings();
      const items = await store.listAgendaItemsByMeetingIds(meetings.map((m) => m.id));
      return items.flat().map((item) => item.id);
    }
    case 'documents':
      return (await store.listDocumentHeads()).map((d) => d.id);
    case 'statements':
      return [];
  }
}
