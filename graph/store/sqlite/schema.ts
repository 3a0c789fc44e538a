/**
 * The embedded store's tables. Bump SCHEMA_VERSION when they change: an older database file is
 * then rebuilt (its graph is reloaded from the seeds) instead of being read with the wrong shape.
 * Lists (aliases) and nested values (provenance, decision) are JSON text: they are read whole and
 * never filtered on. `meta` holds the schema version, the graph version (meta.ts), fingerprints
 * and the relationship count (version 2 added the count; version 3 per-document writes: owners,
 * document_fingerprints, the statements' reference indexes, FTS rows keyed by the statement's rowid;
 * version 4 the positions' reservation kind; version 5 the documents' original file, JSON;
 * version 6 legal questions' wording, proposition and about_ids on targets, documents' source_url,
 * rights and citation, and imported evidence's located, citation and source_url on positions).
 */
export const SCHEMA_VERSION = 6;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
  iso_code TEXT, match_text TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS persons (id TEXT PRIMARY KEY, name TEXT NOT NULL, honorific TEXT) STRICT;

CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, organization_id TEXT NOT NULL,
  starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, place TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS agenda_items (
  id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, ord INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS agenda_items_meeting ON agenda_items (meeting_id, ord);

CREATE TABLE IF NOT EXISTS participations (
  meeting_id TEXT NOT NULL, actor_id TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (meeting_id, actor_id)
) STRICT;

CREATE TABLE IF NOT EXISTS attendances (
  meeting_id TEXT NOT NULL, person_id TEXT NOT NULL, role TEXT NOT NULL, represents_id TEXT NOT NULL,
  affiliation TEXT, PRIMARY KEY (meeting_id, person_id)
) STRICT;

CREATE TABLE IF NOT EXISTS targets (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, description TEXT,
  element_of_id TEXT, enshrined_in_ids TEXT, instrument_type TEXT, part_of_id TEXT, year INTEGER,
  meeting_id TEXT, proposed_by_id TEXT, decision TEXT, wording TEXT, proposition TEXT, about_ids TEXT,
  match_text TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, issued_by TEXT NOT NULL,
  reliability TEXT NOT NULL, meeting_id TEXT NOT NULL, source_path TEXT NOT NULL, text TEXT NOT NULL,
  sha256 TEXT NOT NULL, original TEXT, source_url TEXT, rights TEXT, citation TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS statements (
  id TEXT PRIMARY KEY, document_id TEXT NOT NULL, meeting_id TEXT NOT NULL, agenda_item_id TEXT NOT NULL,
  actor_id TEXT NOT NULL, speaker_id TEXT, speaker_role TEXT NOT NULL, start INTEGER NOT NULL,
  end INTEGER NOT NULL, text TEXT NOT NULL, sort_key TEXT NOT NULL UNIQUE
) STRICT;
-- A document's statements are deleted and counted by document; the others serve filters and the
-- "is this catalog entry still referred to" checks of ownership.ts.
CREATE INDEX IF NOT EXISTS statements_document ON statements (document_id, sort_key);
CREATE INDEX IF NOT EXISTS statements_actor ON statements (actor_id, sort_key);
CREATE INDEX IF NOT EXISTS statements_agenda_item ON statements (agenda_item_id);
CREATE INDEX IF NOT EXISTS statements_meeting ON statements (meeting_id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id);

-- Indexes the shared normalised token text (graph/model/searchText.ts), not the raw text. Each
-- row's rowid is its statement's rowid, so a document's rows are deleted without a scan.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (
  statement_id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE IF NOT EXISTS positions (
  id TEXT PRIMARY KEY, statement_id TEXT NOT NULL, target_id TEXT NOT NULL, target_kind TEXT NOT NULL,
  stance TEXT NOT NULL, document_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, provenance TEXT NOT NULL, note TEXT,
  actor_id TEXT NOT NULL, meeting_id TEXT NOT NULL, agenda_item_id TEXT NOT NULL, sort_key TEXT NOT NULL UNIQUE,
  reservation TEXT, located INTEGER NOT NULL, evidence_citation TEXT, evidence_source_url TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS positions_statement ON positions (statement_id, sort_key);
-- A target's positions in sort-key order, with their stance: who supports or opposes a target, the
-- commonest question asked of the graph, is counted from this index alone and paged without
-- reading the rows of the other stances. In a fresh process at 300,000 positions, counting the 592
-- opposing positions of the 6,000 on one target took 50-65 ms from (target_id, sort_key), which
-- had to read every row for its stance, and 3 ms from this one; its page 11 ms and 5.5 ms. A
-- second index (target_id, stance, sort_key), as Neo4j has, saved about a millisecond more and
-- made the load of 300,000 positions 14 % slower.
-- Files written before 1 Dec 2026 have the narrower index under the old name: it goes.
DROP INDEX IF EXISTS positions_target;
CREATE INDEX IF NOT EXISTS positions_target_stance ON positions (target_id, sort_key, stance);
CREATE INDEX IF NOT EXISTS positions_actor ON positions (actor_id, sort_key);
-- The meeting, agenda item and document filters page in sort-key order from these instead of
-- walking the sort-key index past every other meeting's positions (3.6 s a page at 300,000).
-- IF NOT EXISTS: an older file gains them on its next open, no rebuild needed.
CREATE INDEX IF NOT EXISTS positions_meeting ON positions (meeting_id, sort_key);
CREATE INDEX IF NOT EXISTS positions_agenda_item ON positions (agenda_item_id, sort_key);
CREATE INDEX IF NOT EXISTS positions_document ON positions (document_id, sort_key);
-- The narrowest index, which no filter uses: count(*) scans it instead of the sort-key index
-- (every { counts } and cost estimate after a write: 264 -> 18 ms at 300,000 positions).
CREATE INDEX IF NOT EXISTS positions_located ON positions (located);

-- Who owns each catalog entry: the shared catalog ('*catalog', CATALOG_OWNER) and/or documents
-- by id. kind is a CatalogKind (ownership.ts); key the entry's id, or 'meeting actor' /
-- 'meeting person' for participations and attendances (ids hold no spaces).
CREATE TABLE IF NOT EXISTS owners (
  kind TEXT NOT NULL, key TEXT NOT NULL, owner TEXT NOT NULL, PRIMARY KEY (kind, key, owner)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS owners_owner ON owners (owner);

CREATE TABLE IF NOT EXISTS document_fingerprints (
  document_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL
) STRICT;

-- The graph version of the putDocument that last wrote each document (listDocumentVersions);
-- documents loaded by replaceGraph have no row and take meta's replaced_at.
CREATE TABLE IF NOT EXISTS document_versions (
  document_id TEXT PRIMARY KEY, graph_version TEXT NOT NULL
) STRICT;
`;

/** Tables emptied and refilled by replaceGraph, children first. */
export const GRAPH_TABLES = [
  'owners',
  'document_fingerprints',
  'document_versions',
  'positions',
  'statements_fts',
  'statements',
  'documents',
  'targets',
  'attendances',
  'participations',
  'agenda_items',
  'meetings',
  'persons',
  'actors',
] as const;
