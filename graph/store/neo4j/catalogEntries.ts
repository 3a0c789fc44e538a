import type { ManagedTransaction } from 'neo4j-driver';
import { catalogKeysOf, withoutEntries } from '../catalogOwnership.js';
import type { GraphCatalog } from '../port.js';
import { chunks, createRelationships } from './batches.js';
import { nodeRowsOf } from './encode.js';
import { CATALOG_LABELS, TARGET_LABEL, type NodeLabel } from './labels.js';
import { relationshipBatchesOf } from './relationships.js';

/**
 * Catalog entries inside a unit write (putCatalog, putDocument), with the ownership rule of
 * graph/store/catalogOwnership.ts kept in an `owners` list property on catalog nodes and on the
 * PARTICIPATED_IN and ATTENDED relationships (participations and attendances).
 */

/**
 * Upserts `catalog`'s entries owned by `owner`, redraws the references they make, and takes
 * `owner` off every entry it owned before and `catalog` no longer lists. `ownedPairsBefore`:
 * whether the owner may own participations or attendances already (a document records it as
 * `ownsPairs`), so that a write of a document that never had any skips scanning them all.
 */
export async function upsertCatalogEntries(
  tx: ManagedTransaction,
  owner: string,
  catalog: Partial<GraphCatalog>,
  options: { ownedPairsBefore: boolean; keepContentOf: ReadonlySet<string> },
): Promise<{ disownedPairs: boolean }> {
  // Entries another owner holds keep their content; this owner is only added to them.
  await addOwner(tx, owner, catalog);
  const written = withoutEntries(catalog, options.keepContentOf);
  const rows = nodeRowsOf(written);
  for (const label of CATALOG_NODE_ORDER) {
    if (rows[label].length === 0) continue;
    if (TARGET_LABELS.has(label)) {
      // A target that changes kind keeps its node (and the positions ON it): relabel it first, or
      // MERGE would create a second node and break the Target id constraint. The references its
      // old kind drew go; the new kind's are drawn below.
      await tx.run(
        `UNWIND $ids AS id MATCH (t:${TARGET_LABEL} {id: id}) WHERE NOT t:${label}
         REMOVE t:LegalPrinciple:Instrument:Proposal:LegalQuestion SET t:${label}
         WITH t OPTIONAL MATCH (t)-[r:ELEMENT_OF|ENSHRINED_IN|PART_OF|PUT_TO|PROPOSED_BY|ABOUT]->() DELETE r`,
        { ids: rows[label].map((row) => row['id']) },
      );
    }
    const extraLabel = TARGET_LABELS.has(label) ? `, n:${TARGET_LABEL}` : '';
    const drawn = OUTGOING[label];
    for (const chunk of chunks(rows[label])) {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:${label} {id: row.id})
         WITH n, row, coalesce(n.owners, []) AS owners
         SET n = row${extraLabel}
         SET n.owners = CASE WHEN $owner IN owners THEN owners ELSE owners + $owner END
         ${drawn ? `WITH n OPTIONAL MATCH (n)-[r:${drawn}]->() DELETE r` : ''}`,
        { rows: chunk, owner },
      );
    }
  }
  for (const batch of relationshipBatchesOf(written)) {
    if (batch.type === 'PARTICIPATED_IN' || batch.type === 'ATTENDED' || batch.type === 'REPRESENTED') continue;
    await createRelationships(tx, batch);
  }
  for (const chunk of chunks(written.participations ?? [])) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Actor {id: row.actorId}) MATCH (m:Meeting {id: row.meetingId})
       MERGE (a)-[r:PARTICIPATED_IN]->(m)
       WITH r, row, coalesce(r.owners, []) AS owners
       SET r.status = row.status, r.owners = CASE WHEN $owner IN owners THEN owners ELSE owners + $owner END`,
      { rows: chunk, owner },
    );
  }
  for (const chunk of chunks(written.attendances ?? [])) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (p:Person {id: row.personId}) MATCH (m:Meeting {id: row.meetingId}) MATCH (actor:Actor {id: row.representsId})
       MERGE (p)-[r:ATTENDED]->(m)
       WITH p, m, actor, r, row, coalesce(r.owners, []) AS owners
       SET r.role = row.role, r.representsId = row.representsId, r.affiliation = row.affiliation,
           r.owners = CASE WHEN $owner IN owners THEN owners ELSE owners + $owner END
       WITH p, m, actor
       OPTIONAL MATCH (p)-[old:REPRESENTED {meetingId: m.id}]->()
       DELETE old
       WITH DISTINCT p, m, actor
       CREATE (p)-[:REPRESENTED {meetingId: m.id}]->(actor)`,
      { rows: chunk, owner },
    );
  }
  return disownOthers(tx, owner, catalog, options.ownedPairsBefore);
}

/**
 * Deletes every catalog entry with no owner that nothing refers to, repeating until a pass deletes
 * nothing. "Refers to" is any incoming relationship, or being the actor or person of a
 * participation or attendance. Scans the catalog labels only, never statements or positions.
 */
export async function dropUnownedEntries(tx: ManagedTransaction, options: { disownedPairs: boolean }): Promise<void> {
  // Participations and attendances are ownerless only right after a write disowned them.
  const query = (options.disownedPairs ? GARBAGE : GARBAGE.slice(2)).join('\n');
  for (let pass = 0; pass < 100; pass += 1) {
    const result = await tx.run(query);
    const counters = result.summary.counters.updates();
    if (counters.nodesDeleted + counters.relationshipsDeleted === 0) return;
  }
}

/**
 * The parameters of a statement over the catalog keys of a write: `$owner` and one list of keys
 * per kind (`$actor`, `$person`, `$meeting`, `$agendaItem`, `$target`, `$participation`, `$attendance`).
 */
export function catalogKeyParameters(owner: string, keys: ReturnType<typeof catalogKeysOf>): Record<string, unknown> {
  const of = (kind: string) => keys.filter((k) => k.kind === kind).map((k) => k.key);
  return {
    owner,
    actor: of('actor'),
    person: of('person'),
    meeting: of('meeting'),
    agendaItem: of('agendaItem'),
    target: of('target'),
    participation: of('participation'),
    attendance: of('attendance'),
  };
}

// Private:

/** Adds `owner` to the entries of `catalog` that exist already (one statement). */
async function addOwner(tx: ManagedTransaction, owner: string, catalog: Partial<GraphCatalog>): Promise<void> {
  const keys = catalogKeysOf(catalog);
  if (keys.length === 0) return;
  const add = 'SET x.owners = CASE WHEN $owner IN coalesce(x.owners, []) THEN x.owners ELSE coalesce(x.owners, []) + $owner END';
  const nodes = (kind: string, label: string) => `CALL { UNWIND $${kind} AS id MATCH (x:${label} {id: id}) ${add} }`;
  await tx.run(
    `${nodes('actor', 'Actor')}
     ${nodes('person', 'Person')}
     ${nodes('meeting', 'Meeting')}
     ${nodes('agendaItem', 'AgendaItem')}
     ${nodes('target', 'Target')}
     CALL { UNWIND $participation AS key MATCH (:Actor {id: split(key, ' ')[1]})-[x:PARTICIPATED_IN]->(:Meeting {id: split(key, ' ')[0]}) ${add} }
     CALL { UNWIND $attendance AS key MATCH (:Person {id: split(key, ' ')[1]})-[x:ATTENDED]->(:Meeting {id: split(key, ' ')[0]}) ${add} }`,
    catalogKeyParameters(owner, keys),
  );
}

const TARGET_LABELS: ReadonlySet<NodeLabel> = new Set(['LegalPrinciple', 'Instrument', 'Proposal', 'LegalQuestion']);

/** Catalog labels, referred-to kinds first so a relationship's far end exists when it is drawn. */
const CATALOG_NODE_ORDER = ['Actor', 'Person', 'Meeting', 'AgendaItem', 'Instrument', 'LegalPrinciple', 'Proposal', 'LegalQuestion'] as const satisfies readonly NodeLabel[];

/** The references each catalog node draws itself, deleted and redrawn on upsert. */
const OUTGOING: Partial<Record<NodeLabel, string>> = {
  Meeting: 'CONVENED_BY',
  AgendaItem: 'OF',
  LegalPrinciple: 'ELEMENT_OF|ENSHRINED_IN',
  Instrument: 'PART_OF',
  Proposal: 'PUT_TO|PROPOSED_BY',
  LegalQuestion: 'ABOUT',
};

/**
 * One statement: a unit subquery per label and per relationship type. Answers whether a
 * participation or attendance lost this owner.
 */
async function disownOthers(
  tx: ManagedTransaction,
  owner: string,
  catalog: Partial<GraphCatalog>,
  ownsPairs: boolean,
): Promise<{ disownedPairs: boolean }> {
  const keys = catalogKeysOf(catalog);
  const kept = (kind: string) => keys.filter((k) => k.kind === kind).map((k) => k.key);
  const drop = 'SET x.owners = [o IN x.owners WHERE o <> $owner]';
  const keptParam: Record<NodeLabel, string> = {
    Actor: 'actor',
    Person: 'person',
    Meeting: 'meeting',
    AgendaItem: 'agendaItem',
    LegalPrinciple: 'target',
    Instrument: 'target',
    Proposal: 'target',
    LegalQuestion: 'target',
  } as Record<NodeLabel, string>;
  const nodes = [...CATALOG_LABELS].map(
    (label) => `CALL { MATCH (x:${label}) WHERE $owner IN x.owners AND NOT x.id IN $${keptParam[label]} ${drop} }`,
  );
  const params = {
    owner,
    actor: kept('actor'),
    person: kept('person'),
    meeting: kept('meeting'),
    agendaItem: kept('agendaItem'),
    target: kept('target'),
    participation: kept('participation'),
    attendance: kept('attendance'),
  };
  await tx.run(nodes.join('\n'), params);
  // The scan over every participation and attendance is skipped for an owner known to own none.
  if (!ownsPairs) return { disownedPairs: false };
  const pairs = await tx.run(
    `CALL { MATCH (a:Actor)-[x:PARTICIPATED_IN]->(m:Meeting) WHERE $owner IN x.owners AND NOT (m.id + ' ' + a.id) IN $participation ${drop} }
     CALL { MATCH (p:Person)-[x:ATTENDED]->(m:Meeting) WHERE $owner IN x.owners AND NOT (m.id + ' ' + p.id) IN $attendance ${drop} }`,
    params,
  );
  return { disownedPairs: pairs.summary.counters.updates().propertiesSet > 0 };
}

const ownerless = (variable: string) => `size(coalesce(${variable}.owners, [])) = 0`;

/** One pass of the collection as one statement: a unit subquery per relationship type and label, in this order. */
const GARBAGE = [
  `CALL { MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Meeting) WHERE ${ownerless('r')} DELETE r }`,
  `CALL { MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE ${ownerless('r')}
     OPTIONAL MATCH (p)-[x:REPRESENTED {meetingId: m.id}]->() DELETE r, x }`,
  ...['AgendaItem', 'LegalQuestion', 'LegalPrinciple', 'Instrument', 'Proposal', 'Meeting', 'Person', 'Actor'].map(
    (label) => `CALL { MATCH (n:${label}) WHERE ${ownerless('n')}
      AND NOT EXISTS { (n)<--() } AND NOT EXISTS { (n)-[:PARTICIPATED_IN|ATTENDED|REPRESENTED]->() }
      DETACH DELETE n }`,
  ),
];
