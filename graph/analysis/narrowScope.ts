import { InvalidArgumentError } from '../errors/index.js';
import type { Position } from '../model/index.js';
import type { AnalysisInput, AnalysisScope } from './AnalysisInput.js';
import { meetingsInScope } from './meetingsInScope.js';
import { mustGet } from './mustGet.js';
import { normalizeScope } from './normalizeScope.js';
import { unknownIdError, type IdKind } from './unknownIdError.js';

/**
 * `input` narrowed to `scope`, without a store: the same selection `loadAnalysisInput` asks the store
 * for, so one load can answer several scopes (and tests can check scoping on a fixture). The result's
 * scope is the input's with each list `scope` names replaced by it.
 *
 * Throws `InvalidArgumentError` for an id the input does not hold (with the closest ids it does), an
 * id the input's own scope excludes, or an agenda item outside the meetings named.
 */
export function narrowScope(input: AnalysisInput, scope: AnalysisScope): AnalysisInput {
  const wanted = normalizeScope(scope);
  check('meetings', 'meetingIds', wanted.meetingIds, input.meetings.map((m) => m.id), input.scope.meetingIds);
  check('agendaItems', 'agendaItemIds', wanted.agendaItemIds, input.agendaItems.map((a) => a.id), input.scope.agendaItemIds);
  check('actors', 'actorIds', wanted.actorIds, input.actors.map((a) => a.id), input.scope.actorIds);
  // The input holds only the documents its positions cite: a source document outside them has no
  // position here, and narrowing to it is reported like any id the input does not hold.
  check('documents', 'sourceDocumentIds', wanted.sourceDocumentIds, input.documents.map((d) => d.id), input.scope.sourceDocumentIds);
  for (const tier of wanted.sourceTiers ?? []) {
    const loaded = input.scope.sourceTiers;
    if (loaded !== undefined && !loaded.includes(tier)) {
      throw new InvalidArgumentError('sourceTiers', `sourceTiers: ${JSON.stringify(tier)} is outside the loaded scope (${loaded.map((l) => JSON.stringify(l)).join(', ')}). Load a wider scope to include it.`);
    }
  }
  const merged = normalizeScope({ ...input.scope, ...wanted });

  const scopedAgendaItems = input.agendaItems.filter((a) => merged.agendaItemIds?.includes(a.id) ?? false);
  const scopedDocuments = input.documents.filter((d) => merged.sourceDocumentIds?.includes(d.id) ?? false);
  const meetings = meetingsInScope(merged, input.meetings, { agendaItems: scopedAgendaItems, documents: scopedDocuments });
  const meetingIds = new Set(meetings.map((m) => m.id));
  const inList = <T extends string>(list: readonly T[] | undefined, id: T) => list === undefined || list.includes(id);
  const statementById = new Map(input.statements.map((s) => [s.id, s]));
  const documentById = new Map(input.documents.map((d) => [d.id, d]));
  // A position's source is the document of its statement (AnalysisScope.sourceDocumentIds).
  const sourceOf = (p: Position) => mustGet(documentById, mustGet(statementById, p.statementId, 'statement').documentId, 'document');

  const positions = input.positions.filter(
    (p) =>
      meetingIds.has(p.meetingId) &&
      inList(merged.agendaItemIds, p.agendaItemId) &&
      inList(merged.actorIds, p.actorId) &&
      inList(merged.sourceDocumentIds, sourceOf(p).id) &&
      inList(merged.sourceTiers, sourceOf(p).reliability),
  );
  const statementIds = new Set(positions.map((p) => p.statementId));
  const statements = input.statements.filter((s) => statementIds.has(s.id));
  const documentIds = new Set([...positions.map((p) => p.evidence.documentId), ...statements.map((s) => s.documentId)]);

  return Object.freeze({
    scope: merged,
    meetings,
    agendaItems: input.agendaItems.filter((a) => meetingIds.has(a.meetingId)),
    participations: input.participations.filter((p) => meetingIds.has(p.meetingId) && inList(merged.actorIds, p.actorId)),
    actors: input.actors,
    targets: input.targets,
    statements,
    documents: input.documents.filter((d) => documentIds.has(d.id)),
    positions,
  });
}

// Private:

function check(
  kind: IdKind,
  argument: string,
  ids: readonly string[] | undefined,
  known: readonly string[],
  loaded: readonly string[] | undefined,
): void {
  for (const id of ids ?? []) {
    if (!known.includes(id)) throw unknownIdError(argument, kind, id, known);
    if (loaded !== undefined && !loaded.includes(id)) {
      throw new InvalidArgumentError(argument, `${argument}: ${JSON.stringify(id)} is outside the loaded scope (${loaded.map((l) => JSON.stringify(l)).join(', ')}). Load a wider scope to include it.`);
    }
  }
}
