import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';
import { CATALOG_OWNER, catalogKeysOf, withoutEntries } from '../catalogOwnership.js';
import type { GraphCatalog } from '../port.js';
import type { CatalogWrite, DocumentWrite } from '../port.js';
import {
  idsToLookUp,
  referencesOf,
  unresolvedOf,
  UnresolvedReferenceError,
  type Reference,
  type ReferencedKind,
} from '../unresolvedReferences.js';
import { deleteDocumentRows, insertDocumentRows, upsertCatalog } from './insertRows.js';
import { advanceGraphVersion, documentRelationships, setMeta, updateRelationships } from './meta.js';
import { dropUnownedEntries, setOwnedEntries } from './ownership.js';

/**
 * The bodies of putCatalog, putDocument and removeDocument on the embedded store. Each runs inside
 * the caller's transaction and touches only its unit's rows, the ownership rows, ownerless catalog
 * entries nothing refers to any more, and the meta rows; it returns the new graph version.
 */
export function writeCatalog(db: Database.Database, write: CatalogWrite): string {
  upsertCatalog(db, write);
  const owned = setOwnedEntries(db, CATALOG_OWNER, write);
  assertResolved(db, 'putCatalog', referencesOf({ catalog: write }));
  dropUnownedEntries(db, owned);
  updateRelationships(db, 0);
  setMeta(db, 'catalog_fingerprint', write.fingerprint);
  setMeta(db, 'fingerprint', null);
  return advanceGraphVersion(db);
}

export function writeDocument(db: Database.Database, write: DocumentWrite): string {
  const id = write.document.id;
  const catalog = write.catalog ?? {};
  upsertCatalog(db, withoutEntries(catalog, ownedElsewhere(db, id, catalog)));
  const owned = setOwnedEntries(db, id, catalog);
  const before = documentRelationships(db, id);
  deleteDocumentRows(db, id);
  insertDocumentRows(db, { documents: [write.document], statements: write.statements, positions: write.positions });
  assertResolved(db, `putDocument("${id}")`, referencesOf({ ...write, catalog }));
  dropUnownedEntries(db, owned);
  updateRelationships(db, documentRelationships(db, id) - before);
  prepared(db, 'INSERT OR REPLACE INTO document_fingerprints VALUES (?, ?)').run(id, write.fingerprint);
  setMeta(db, 'fingerprint', null);
  const version = advanceGraphVersion(db);
  prepared(db, 'INSERT OR REPLACE INTO document_versions VALUES (?, ?)').run(id, version);
  return version;
}

/** Returns null, having changed nothing, when no such document is stored. */
export function deleteDocument(db: Database.Database, documentId: string): string | null {
  if (!prepared(db, 'SELECT 1 FROM documents WHERE id = ?').get(documentId)) return null;
  const before = documentRelationships(db, documentId);
  deleteDocumentRows(db, documentId);
  const owned = setOwnedEntries(db, documentId, {});
  prepared(db, 'DELETE FROM document_fingerprints WHERE document_id = ?').run(documentId);
  prepared(db, 'DELETE FROM document_versions WHERE document_id = ?').run(documentId);
  dropUnownedEntries(db, owned);
  updateRelationships(db, -before);
  setMeta(db, 'fingerprint', null);
  return advanceGraphVersion(db);
}

// Private:

/** `kind key` of the entries of `catalog` that an owner other than `owner` holds. */
function ownedElsewhere(db: Database.Database, owner: string, catalog: Partial<GraphCatalog>): Set<string> {
  const keys = catalogKeysOf(catalog).map(({ kind, key }) => `${kind} ${key}`);
  if (keys.length === 0) return new Set();
  const rows = prepared(
    db,
    // A kind holds no space: the first one splits kind from key, so the lookup uses the owners key.
    `SELECT DISTINCT j.value AS k FROM json_each(?) j
     JOIN owners o ON o.kind = substr(j.value, 1, instr(j.value, ' ') - 1) AND o.key = substr(j.value, instr(j.value, ' ') + 1)
     WHERE o.owner <> ?`,
  ).all(JSON.stringify(keys), owner) as { k: string }[];
  return new Set(rows.map((row) => row.k));
}

const TABLE_OF: Record<ReferencedKind, string> = {
  actor: 'actors',
  person: 'persons',
  meeting: 'meetings',
  agendaItem: 'agenda_items',
  target: 'targets',
};

function assertResolved(db: Database.Database, unit: string, refs: readonly Reference[]): void {
  const found = new Map<ReferencedKind, Set<string>>();
  for (const [kind, ids] of idsToLookUp(refs)) {
    const rows = prepared(db, `SELECT t.id FROM json_each(?) j JOIN ${TABLE_OF[kind]} t ON t.id = j.value`).all(
      JSON.stringify(ids),
    ) as { id: string }[];
    found.set(kind, new Set(rows.map((row) => row.id)));
  }
  const unresolved = unresolvedOf(refs, found);
  if (unresolved.length > 0) throw new UnresolvedReferenceError(unit, unresolved);
}
