import type { ManagedTransaction } from 'neo4j-driver';
import { countDocumentRelationships } from '../countRelationships.js';
import { CATALOG_OWNER, catalogKeysOf } from '../catalogOwnership.js';
import type { CatalogWrite, DocumentWrite, GraphCatalog, GraphCounts } from '../port.js';
import {
  idsToLookUp,
  referencesOf,
  unresolvedOf,
  UnresolvedReferenceError,
  type Reference,
  type ReferencedKind,
} from '../unresolvedReferences.js';
import { chunks, createRelationships } from './batches.js';
import { catalogKeyParameters, dropUnownedEntries, upsertCatalogEntries } from './catalogEntries.js';
import { POSITION_COLUMNS } from './columns.js';
import { nodeRowsOf } from './encode.js';
import { advanceGraphVersion } from './graphMeta.js';
import { GraphIntegrityError } from './integrityError.js';
import { relationshipBatchesOf } from './relationships.js';

/**
 * The bodies of putCatalog, putDocument and removeDocument: each one managed transaction touching
 * only its unit's nodes and relationships, ownerless catalog entries nothing refers to any more,
 * and the :GraphMeta node. Re-runnable as a whole (`executeWrite` may retry). Each returns the
 * new graph version.
 */
export async function writeCatalog(tx: ManagedTransaction, write: CatalogWrite): Promise<string> {
  const owned = await upsertCatalogEntries(tx, CATALOG_OWNER, write, { ownedPairsBefore: true, keepContentOf: new Set() });
  await assertResolved(tx, 'putCatalog', referencesOf({ catalog: write }));
  await dropUnownedEntries(tx, owned);
  return advanceGraphVersion(tx, { fingerprint: null, catalogFingerprint: write.fingerprint });
}

/**
 * 1. upsert the write's catalog entries (owned by the document); 2. delete the document's old
 * positions, statements and node; 3. check every reference resolves; 4. CREATE the new ones
 * (their ids must be free: a statement id of another document fails the uniqueness constraint)
 * and their relationships, checking each was drawn; 5. drop ownerless unreferenced entries.
 */
export async function writeDocument(tx: ManagedTransaction, write: DocumentWrite): Promise<string> {
  const id = write.document.id;
  const catalog = write.catalog ?? {};
  const owned = await upsertCatalogEntries(tx, id, catalog, {
    ownedPairsBefore: await ownsPairs(tx, id),
    keepContentOf: await ownedElsewhere(tx, id, catalog),
  });
  await deleteDocumentNodes(tx, id);
  await assertResolved(tx, `putDocument("${id}")`, referencesOf({ ...write, catalog }));

  const parts = { documents: [write.document], statements: write.statements, positions: write.positions };
  const rows = nodeRowsOf(parts);
  for (const label of ['Document', 'Statement'] as const) {
    for (const chunk of chunks(rows[label])) {
      await tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row`, { rows: chunk });
    }
  }
  // Positions as lists of values, as a direct load sends them (statementBatches.ts): a dataset
  // imported as one document may hold thousands, and their 33 property names would travel with each.
  for (const chunk of chunks(rows.Position)) {
    await tx.run(CREATE_POSITIONS, { rows: chunk.map((position) => POSITION_COLUMNS.valuesOf(position)) });
  }
  let drawn = 0;
  for (const batch of relationshipBatchesOf(parts)) drawn += await createRelationships(tx, batch);
  const expected = countDocumentRelationships(parts);
  if (drawn !== expected) {
    throw new GraphIntegrityError({ ...ZERO_COUNTS, relationships: expected }, { ...ZERO_COUNTS, relationships: drawn });
  }
  await tx.run('MATCH (d:Document {id: $id}) SET d.unitFingerprint = $fingerprint, d.ownsPairs = $ownsPairs', {
    id,
    fingerprint: write.fingerprint,
    ownsPairs: (catalog.participations?.length ?? 0) + (catalog.attendances?.length ?? 0) > 0,
  });
  await dropUnownedEntries(tx, owned);
  const version = await advanceGraphVersion(tx, { fingerprint: null });
  await tx.run('MATCH (d:Document {id: $id}) SET d.writtenAt = $version', { id, version });
  return version;
}

/** Null, having changed nothing, when no such document is stored. */
export async function deleteDocument(tx: ManagedTransaction, documentId: string): Promise<string | null> {
  const found = await tx.run('MATCH (d:Document {id: $id}) RETURN d.ownsPairs AS ownsPairs', { id: documentId });
  if (found.records.length === 0) return null;
  const owned = await upsertCatalogEntries(tx, documentId, {}, {
    ownedPairsBefore: found.records[0]!.get('ownsPairs') === true,
    keepContentOf: new Set(),
  });
  await deleteDocumentNodes(tx, documentId);
  await dropUnownedEntries(tx, owned);
  return advanceGraphVersion(tx, { fingerprint: null });
}

// Private:

const CREATE_POSITIONS = `UNWIND $rows AS row CREATE (n:Position) SET n = ${POSITION_COLUMNS.mapOf('row')}`;

/** `kind key` of the entries of `catalog` that an owner other than `owner` holds (one statement). */
async function ownedElsewhere(tx: ManagedTransaction, owner: string, catalog: Partial<GraphCatalog>): Promise<Set<string>> {
  const keys = catalogKeysOf(catalog);
  if (keys.length === 0) return new Set();
  const others = 'any(o IN coalesce(x.owners, []) WHERE o <> $owner)';
  const nodes = (kind: string, label: string) =>
    `CALL { UNWIND $${kind} AS id MATCH (x:${label} {id: id}) WHERE ${others} RETURN collect('${kind} ' + id) AS ${kind} }`;
  const result = await tx.run(
    `${nodes('actor', 'Actor')}
     ${nodes('person', 'Person')}
     ${nodes('meeting', 'Meeting')}
     ${nodes('agendaItem', 'AgendaItem')}
     ${nodes('target', 'Target')}
     CALL { UNWIND $participation AS key MATCH (:Actor {id: split(key, ' ')[1]})-[x:PARTICIPATED_IN]->(:Meeting {id: split(key, ' ')[0]})
            WHERE ${others} RETURN collect('participation ' + key) AS participation }
     CALL { UNWIND $attendance AS key MATCH (:Person {id: split(key, ' ')[1]})-[x:ATTENDED]->(:Meeting {id: split(key, ' ')[0]})
            WHERE ${others} RETURN collect('attendance ' + key) AS attendance }
     RETURN actor + person + meeting + agendaItem + target + participation + attendance AS kept`,
    catalogKeyParameters(owner, keys),
  );
  return new Set(result.records[0]!.get('kept') as string[]);
}

async function ownsPairs(tx: ManagedTransaction, documentId: string): Promise<boolean> {
  const result = await tx.run('MATCH (d:Document {id: $id}) RETURN d.ownsPairs AS ownsPairs', { id: documentId });
  return result.records[0]?.get('ownsPairs') === true;
}

/** A document's positions, statements and node, by the documentId index; bounded by the document. */
async function deleteDocumentNodes(tx: ManagedTransaction, documentId: string): Promise<void> {
  await tx.run('MATCH (:Statement {documentId: $id})-[:TAKES]->(p:Position) DETACH DELETE p', { id: documentId });
  await tx.run('MATCH (s:Statement {documentId: $id}) DETACH DELETE s', { id: documentId });
  await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: documentId });
}

const LABEL_OF: Record<ReferencedKind, string> = {
  actor: 'Actor',
  person: 'Person',
  meeting: 'Meeting',
  agendaItem: 'AgendaItem',
  target: 'Target',
};

/** One statement: a subquery per kind collects the ids that exist. */
async function assertResolved(tx: ManagedTransaction, unit: string, refs: readonly Reference[]): Promise<void> {
  const lookups = idsToLookUp(refs);
  if (lookups.size === 0) return;
  const kinds = [...lookups.keys()];
  const result = await tx.run(
    `${kinds.map((kind) => `CALL { UNWIND $${kind} AS id MATCH (n:${LABEL_OF[kind]} {id: id}) RETURN collect(n.id) AS ${kind} }`).join('\n')}
     RETURN ${kinds.join(', ')}`,
    Object.fromEntries(lookups),
  );
  const record = result.records[0]!;
  const found = new Map(kinds.map((kind) => [kind, new Set(record.get(kind) as string[])]));
  const unresolved = unresolvedOf(refs, found);
  if (unresolved.length > 0) throw new UnresolvedReferenceError(unit, unresolved);
}

const ZERO_COUNTS: GraphCounts = {
  actors: 0,
  persons: 0,
  meetings: 0,
  agendaItems: 0,
  principles: 0,
  instruments: 0,
  proposals: 0,
  questions: 0,
  documents: 0,
  statements: 0,
  positions: 0,
  relationships: 0,
};
