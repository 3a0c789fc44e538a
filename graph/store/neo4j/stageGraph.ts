import { CATALOG_OWNER } from '../catalogOwnership.js';
import { countsOfBundle } from '../countRelationships.js';
import type { GraphBundle, GraphCounts } from '../port.js';
import { chunksOf } from './batches.js';
import { POSITION_COLUMNS } from './columns.js';
import { countsFromRow } from './countQuery.js';
import type { CypherWriter } from './cypherRunner.js';
import { nodeRowsOf } from './encode.js';
import { GraphIntegrityError } from './integrityError.js';
import { CATALOG_LABELS, NODE_LABELS, STAGED_LABEL, TARGET_LABEL, stagedLabelOf, type NodeLabel } from './labels.js';
import { relationshipBatchesOf } from './relationships.js';

/**
 * Writes `bundle` as a staged copy (`:Staged:Staged<Label>` nodes and the relationships between
 * them), `rowsPerTransaction` rows per transaction, then checks the copy's counts against the
 * bundle's and throws `GraphIntegrityError` if they differ (a relationship not drawn because its
 * far end is missing; stray staged nodes). No read sees the copy: every read names a live label.
 * A duplicate id fails the `staged_stageKey` constraint, as it would fail `<label>_id` live.
 */
export async function stageGraph(writer: CypherWriter, bundle: GraphBundle, rowsPerTransaction: number): Promise<void> {
  const rows = nodeRowsOf(bundle);
  // One query text for every label and one per relationship shape (labels and types travel as
  // parameters, `$(...)`, Neo4j 5.26): a fresh JVM plans each text once, seconds apiece on a busy machine.
  for (const label of NODE_LABELS) {
    // Positions as lists of values, as every position write sends them (columns.ts `valuesOf`).
    const asPositions = label === 'Position';
    for (const chunk of chunksOf(rows[label], rowsPerTransaction)) {
      await writer.write((tx) =>
        tx.run(asPositions ? STAGE_POSITIONS : STAGE_NODES, {
          rows: asPositions ? chunk.map((position) => POSITION_COLUMNS.valuesOf(position)) : chunk,
          label: stagedLabelOf(label),
          prefix: keyPrefixOf(label),
          // Catalog entries are owned by the shared catalog (catalogOwnership.ts); null sets nothing.
          owners: CATALOG_LABELS.has(label) ? [CATALOG_OWNER] : null,
        }),
      );
    }
  }
  for (const batch of relationshipBatchesOf(bundle)) {
    const query = batch.to === 'Actor|Person' ? STAGE_PROPOSED_BY : STAGE_RELATIONSHIPS;
    const params = {
      type: batch.type,
      from: keyPrefixOf(batch.from),
      to: batch.to === 'Actor|Person' ? null : keyPrefixOf(batch.to),
      // Participations and attendances are catalog entries too, owned like the nodes.
      owners: batch.type === 'PARTICIPATED_IN' || batch.type === 'ATTENDED' ? [CATALOG_OWNER] : null,
    };
    for (const chunk of chunksOf(batch.rows, rowsPerTransaction)) {
      await writer.write((tx) => tx.run(query, { ...params, rows: chunk }));
    }
  }
  const expected = countsOfBundle(bundle);
  const actual = await countStaged(writer);
  if ((Object.keys(expected) as (keyof GraphCounts)[]).some((key) => expected[key] !== actual[key])) {
    throw new GraphIntegrityError(expected, actual);
  }
}

/** `<Label>/` for a node's `stageKey`; every target kind shares `Target/`, as they share the Target id constraint. */
export function keyPrefixOf(label: NodeLabel | typeof TARGET_LABEL): string {
  return TARGET_KINDS.has(label) ? `${TARGET_LABEL}/` : `${label}/`;
}

export const TARGET_KINDS: ReadonlySet<string> = new Set<NodeLabel | typeof TARGET_LABEL>([
  'LegalPrinciple',
  'Instrument',
  'Proposal',
  'LegalQuestion',
  TARGET_LABEL,
]);

// Private:

const STAGE_NODES = `UNWIND $rows AS row CREATE (n:${STAGED_LABEL}:$($label)) SET n = row, n.stageKey = $prefix + row.id, n.owners = $owners`;

/** STAGE_NODES for positions sent as POSITION_COLUMNS lists. */
const STAGE_POSITIONS = `UNWIND $rows AS row CREATE (n:${STAGED_LABEL}:$($label)) SET n = ${POSITION_COLUMNS.mapOf('row')}, n.stageKey = $prefix + ${POSITION_COLUMNS.valueOf('row', 'id')}, n.owners = $owners`;

/** A batch's relationships between staged nodes, both ends found by `stageKey` (a unique-index seek). */
const STAGE_RELATIONSHIPS = `UNWIND $rows AS row
  MATCH (a:${STAGED_LABEL} {stageKey: $from + row.from})
  MATCH (b:${STAGED_LABEL} {stageKey: $to + row.to})
  CREATE (a)-[r:$($type)]->(b) SET r = row.props, r.owners = $owners`;

/** A proposer may be an actor or a person; an actor wins if an id names both (as the loader reads it). */
const STAGE_PROPOSED_BY = `UNWIND $rows AS row
  MATCH (a:${STAGED_LABEL} {stageKey: $from + row.from})
  OPTIONAL MATCH (actor:${STAGED_LABEL} {stageKey: 'Actor/' + row.to})
  OPTIONAL MATCH (person:${STAGED_LABEL} {stageKey: 'Person/' + row.to})
  WITH a, row, coalesce(actor, person) AS b WHERE b IS NOT NULL
  CREATE (a)-[r:$($type)]->(b) SET r = row.props, r.owners = $owners`;

/** The staged copy's counts, from Neo4j's count store (one label, or relationships leaving one label). */
async function countStaged(writer: CypherWriter): Promise<GraphCounts> {
  const count = (label: NodeLabel) => `COUNT { (:${stagedLabelOf(label)}) }`;
  const row = await writer.write(async (tx) =>
    (
      await tx.run(`RETURN ${count('Actor')} AS actors, ${count('Person')} AS persons, ${count('Meeting')} AS meetings,
        ${count('AgendaItem')} AS agendaItems, ${count('LegalPrinciple')} AS principles, ${count('Instrument')} AS instruments,
        ${count('Proposal')} AS proposals, ${count('LegalQuestion')} AS questions, ${count('Document')} AS documents,
        ${count('Statement')} AS statements, ${count('Position')} AS positions,
        COUNT { (:${STAGED_LABEL})-[]->() } AS relationships`)
    ).records[0]!.toObject(),
  );
  return countsFromRow(row);
}
