import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationshipBatch } from './relationships.js';

/**
 * Rows per UNWIND: large enough to be few round trips, small enough that one statement's rows and
 * their changes stay small next to `dbms.memory.transaction.total.max`. A transaction is bounded
 * by what it is given: one document for putDocument, the catalog for putCatalog.
 */
export const BATCH_SIZE = 1000;

export function chunks<T>(items: readonly T[]): Generator<T[]> {
  return chunksOf(items, BATCH_SIZE);
}

export function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) {
    yield items.slice(start, start + size);
  }
}

/**
 * CREATEs a batch's relationships between existing nodes, `BATCH_SIZE` rows per statement, and
 * returns how many were created: fewer than rows means an endpoint was missing.
 */
export async function createRelationships(tx: ManagedTransaction, batch: RelationshipBatch): Promise<number> {
  const query = createRelationshipsQuery(batch);
  let created = 0;
  for (const chunk of chunks(batch.rows)) {
    const result = await tx.run(query, { rows: chunk });
    created += result.summary.counters.updates().relationshipsCreated;
  }
  return created;
}

/**
 * The statement that creates `batch`'s relationships from `$rows` ({from, to, props}), setting
 * `extraSet` (e.g. `, r.owners = $owners`) too. Labels are in the text (from labels.ts) because
 * Neo4j 5.26 does not serve a dynamic-label MATCH from an index (EXPLAIN: AllNodesScan).
 */
export function createRelationshipsQuery(batch: RelationshipBatch, extraSet = ''): string {
  // A proposer may be an actor or a person; an actor wins if an id names both (as the loader reads it).
  const target =
    batch.to === 'Actor|Person'
      ? `OPTIONAL MATCH (actor:Actor {id: row.to})
         OPTIONAL MATCH (person:Person {id: row.to})
         WITH a, row, coalesce(actor, person) AS b WHERE b IS NOT NULL`
      : `MATCH (b:${batch.to} {id: row.to})`;
  return `UNWIND $rows AS row
    MATCH (a:${batch.from} {id: row.from})
    ${target}
    CREATE (a)-[r:${batch.type}]->(b) SET r = row.props${extraSet}`;
}
