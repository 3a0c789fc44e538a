import type Database from 'better-sqlite3';
import { countDocumentRelationships } from '../countRelationships.js';
import { CATALOG_OWNER } from '../catalogOwnership.js';
import type { GraphBundle } from '../port.js';
import { insertDocumentRows, upsertCatalog } from './insertRows.js';
import { advanceGraphVersion, setMeta, updateRelationships } from './meta.js';
import { setOwnedEntries } from './ownership.js';
import { GRAPH_TABLES } from './schema.js';

/**
 * Replaces the stored graph with `bundle`. Runs inside the caller's transaction: it only deletes
 * and inserts, so a failure anywhere leaves the transaction to roll everything back. Every
 * catalog entry ends owned by the shared catalog; no document keeps a fingerprint.
 */
export function writeBundle(db: Database.Database, bundle: GraphBundle): string {
  for (const table of GRAPH_TABLES) db.prepare(`DELETE FROM ${table}`).run();
  upsertCatalog(db, bundle);
  insertDocumentRows(db, bundle);
  setOwnedEntries(db, CATALOG_OWNER, bundle);

  setMeta(db, 'fingerprint', bundle.fingerprint);
  setMeta(db, 'catalog_fingerprint', null);
  // The documents' part of the relationship count, from the bundle: the store holds exactly it.
  const documentPart = countDocumentRelationships(bundle);
  setMeta(db, 'document_relationships', '0');
  updateRelationships(db, documentPart);
  // Every document was written by this load: listDocumentVersions answers its version for each.
  const version = advanceGraphVersion(db);
  setMeta(db, 'replaced_at', version);
  return version;
}
