import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';

/**
 * The embedded store's `meta` rows: the graph version, fingerprints and the relationship count,
 * each written inside the write transaction that changes the graph.
 *
 * - `graph_epoch` (random, set when the file is created) and `graph_writes` (a counter) make the
 *   graph version `<epoch>.<writes>`: a rebuilt file does not repeat an old version.
 * - `fingerprint`: the bundle's, set by replaceGraph, cleared by every per-unit write.
 * - `catalog_fingerprint`: set by putCatalog.
 * - `replaced_at`: the graph version of the last replaceGraph, the version of every document it
 *   loaded that no putDocument has written since (`document_versions`).
 * - `relationships`: the total, and `document_relationships`, the part drawn from documents,
 *   statements and positions, kept by difference on each document write (so no write reads the
 *   whole corpus); the catalog's part is recounted from the small catalog tables.
 */
export function getMeta(db: Database.Database, key: string): string | null {
  const row = prepared(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setMeta(db: Database.Database, key: string, value: string | null): void {
  if (value === null) prepared(db, 'DELETE FROM meta WHERE key = ?').run(key);
  else prepared(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}

/** Sets the epoch of a new file; called once the schema exists. */
export function ensureEpoch(db: Database.Database): void {
  if (getMeta(db, 'graph_epoch') === null) setMeta(db, 'graph_epoch', randomBytes(6).toString('hex'));
}

export function readGraphVersion(db: Database.Database): string {
  return `${getMeta(db, 'graph_epoch') ?? '0'}.${getMeta(db, 'graph_writes') ?? '0'}`;
}

/** Advances the graph version; call inside the write's transaction. */
export function advanceGraphVersion(db: Database.Database): string {
  setMeta(db, 'graph_writes', String(Number(getMeta(db, 'graph_writes') ?? '0') + 1));
  return readGraphVersion(db);
}

/** Relationships drawn from one stored document, its statements and positions (countRelationships). */
export function documentRelationships(db: Database.Database, documentId: string): number {
  const row = prepared(
    db,
    `SELECT (SELECT 2 * count(*) FROM documents WHERE id = @id)
            + (SELECT 3 * count(*) + count(speaker_id) FROM statements WHERE document_id = @id)
            + (SELECT 2 * count(*) FROM positions WHERE statement_id IN (SELECT id FROM statements WHERE document_id = @id)) AS n`,
  ).get({ id: documentId }) as { n: number };
  return Number(row.n);
}

/** Stores the relationship total after a write that changed the documents' part by `documentDelta`. */
export function updateRelationships(db: Database.Database, documentDelta: number): void {
  const documents = Number(getMeta(db, 'document_relationships') ?? '0') + documentDelta;
  setMeta(db, 'document_relationships', String(documents));
  setMeta(db, 'relationships', String(documents + catalogRelationships(db)));
}

// Private:

/** The catalog's part of countRelationships, from the catalog tables. */
function catalogRelationships(db: Database.Database): number {
  const row = prepared(
    db,
    `SELECT (SELECT count(*) FROM meetings) + (SELECT count(*) FROM agenda_items) + (SELECT count(*) FROM participations)
            + (SELECT 2 * count(*) FROM attendances)
            + (SELECT count(element_of_id) + coalesce(sum(json_array_length(enshrined_in_ids)), 0) FROM targets WHERE kind = 'PRINCIPLE')
            + (SELECT count(part_of_id) FROM targets WHERE kind = 'INSTRUMENT')
            + (SELECT count(*) + count(proposed_by_id) FROM targets WHERE kind = 'PROPOSAL')
            + (SELECT coalesce(sum(json_array_length(about_ids)), 0) FROM targets WHERE kind = 'QUESTION') AS n`,
  ).get() as { n: number };
  return Number(row.n);
}
