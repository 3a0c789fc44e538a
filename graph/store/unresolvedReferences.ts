import { InvalidArgumentError } from '../errors/index.js';
import type { DocumentWrite, GraphCatalog } from './port.js';

/**
 * The references a unit write (putCatalog, putDocument) makes to catalog entries, and the check
 * both stores run inside the write's transaction, after its own catalog entries are upserted: a
 * reference that resolves to nothing fails the write (and rolls it back) with
 * `UnresolvedReferenceError`. Neo4j would otherwise silently draw no relationship and SQLite
 * store a dangling id; checked the same way, both refuse the same writes.
 */
export type ReferencedKind = 'actor' | 'person' | 'meeting' | 'agendaItem' | 'target';

export interface Reference {
  /** The referring entity, e.g. `statement "st-1"`. */
  readonly from: string;
  readonly field: string;
  /** Where the id must be found; a proposal's proposer may be an actor or a person. */
  readonly kinds: readonly ReferencedKind[];
  readonly id: string;
}

export class UnresolvedReferenceError extends Error {
  readonly code = 'UNRESOLVED_REFERENCE';
  readonly unresolved: readonly Reference[];

  constructor(unit: string, unresolved: readonly Reference[]) {
    const listed = unresolved.slice(0, 10).map((r) => `${r.from} ${r.field} ${JSON.stringify(r.id)}`);
    const more = unresolved.length > 10 ? ` and ${unresolved.length - 10} more` : '';
    super(
      `${unit}: ${unresolved.length} reference(s) resolve to nothing stored or written with it: ${listed.join('; ')}${more}. ` +
        'Nothing was written; put the missing catalog entries in the catalog or in the write.',
    );
    this.name = 'UnresolvedReferenceError';
    this.unresolved = unresolved;
  }
}

/** Every reference of a write, in a fixed order (catalog entries, document, statements, positions). */
export function referencesOf(write: { catalog?: Partial<GraphCatalog>; document?: DocumentWrite['document']; statements?: DocumentWrite['statements']; positions?: DocumentWrite['positions'] }): Reference[] {
  const refs: Reference[] = [];
  const add = (from: string, field: string, kinds: ReferencedKind[], id: string | null) => {
    if (id !== null) refs.push({ from, field, kinds, id });
  };
  const c = write.catalog ?? {};
  for (const m of c.meetings ?? []) add(`meeting "${m.id}"`, 'organizationId', ['actor'], m.organizationId);
  for (const i of c.agendaItems ?? []) add(`agenda item "${i.id}"`, 'meetingId', ['meeting'], i.meetingId);
  for (const p of c.participations ?? []) {
    add(`participation of "${p.actorId}"`, 'actorId', ['actor'], p.actorId);
    add(`participation of "${p.actorId}"`, 'meetingId', ['meeting'], p.meetingId);
  }
  for (const a of c.attendances ?? []) {
    add(`attendance of "${a.personId}"`, 'personId', ['person'], a.personId);
    add(`attendance of "${a.personId}"`, 'meetingId', ['meeting'], a.meetingId);
    add(`attendance of "${a.personId}"`, 'representsId', ['actor'], a.representsId);
  }
  for (const p of c.principles ?? []) {
    add(`principle "${p.id}"`, 'elementOfId', ['target'], p.elementOfId);
    for (const id of p.enshrinedInIds) add(`principle "${p.id}"`, 'enshrinedInIds', ['target'], id);
  }
  for (const i of c.instruments ?? []) add(`instrument "${i.id}"`, 'partOfId', ['target'], i.partOfId);
  for (const p of c.proposals ?? []) {
    add(`proposal "${p.id}"`, 'meetingId', ['meeting'], p.meetingId);
    add(`proposal "${p.id}"`, 'proposedById', ['actor', 'person'], p.proposedById);
  }
  for (const q of c.questions ?? []) {
    for (const id of q.aboutIds) add(`question "${q.id}"`, 'aboutIds', ['target'], id);
  }
  if (write.document) {
    const d = write.document;
    add(`document "${d.id}"`, 'meetingId', ['meeting'], d.meetingId);
    add(`document "${d.id}"`, 'issuedBy', ['actor'], d.issuedBy);
  }
  for (const s of write.statements ?? []) {
    add(`statement "${s.id}"`, 'meetingId', ['meeting'], s.meetingId);
    add(`statement "${s.id}"`, 'agendaItemId', ['agendaItem'], s.agendaItemId);
    add(`statement "${s.id}"`, 'actorId', ['actor'], s.actorId);
    add(`statement "${s.id}"`, 'speakerId', ['person'], s.speakerId);
  }
  for (const p of write.positions ?? []) add(`position "${p.id}"`, 'targetId', ['target'], p.targetId);
  return refs;
}

/** The distinct ids to look up, by kind. */
export function idsToLookUp(refs: readonly Reference[]): Map<ReferencedKind, string[]> {
  const ids = new Map<ReferencedKind, Set<string>>();
  for (const ref of refs) for (const kind of ref.kinds) (ids.get(kind) ?? ids.set(kind, new Set()).get(kind)!).add(ref.id);
  return new Map([...ids].map(([kind, set]) => [kind, [...set]]));
}

/** The references none of whose kinds holds the id, given the ids found by kind. */
export function unresolvedOf(refs: readonly Reference[], found: ReadonlyMap<ReferencedKind, ReadonlySet<string>>): Reference[] {
  return refs.filter((ref) => !ref.kinds.some((kind) => found.get(kind)?.has(ref.id)));
}

/**
 * The shape a DocumentWrite must have before a store opens a transaction: statements of this
 * document, positions of these statements. Throws InvalidArgumentError naming the first misfit.
 */
export function checkDocumentWrite(write: DocumentWrite): void {
  const id = write.document.id;
  const statementIds = new Set<string>();
  for (const s of write.statements) {
    if (s.documentId !== id) {
      throw new InvalidArgumentError('write', `putDocument("${id}"): statement "${s.id}" belongs to document "${s.documentId}"; a write holds only its document's statements`);
    }
    statementIds.add(s.id);
  }
  for (const p of write.positions) {
    if (!statementIds.has(p.statementId)) {
      throw new InvalidArgumentError('write', `putDocument("${id}"): position "${p.id}" belongs to statement "${p.statementId}", which is not in the write`);
    }
  }
}
