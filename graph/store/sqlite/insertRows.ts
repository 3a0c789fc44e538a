import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';
import type { Document, Position, Statement, Target } from '../../model/index.js';
import { normalizeForMatch, searchTextOf, UnreachableCaseError } from '../../model/index.js';
import type { GraphCatalog } from '../port.js';

/**
 * Entity -> row inserts shared by every write (writeBundle, writeCatalog, writeDocument). Catalog
 * entries are upserted (`INSERT OR REPLACE`: a later write of the same id wins); a document's own
 * rows are plain inserts, so an id already used elsewhere fails the write's transaction.
 */
export function upsertCatalog(db: Database.Database, catalog: Partial<GraphCatalog>): void {
  const run = insertAll(db);
  run(
    'INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?, ?)',
    (catalog.actors ?? []).map((a) => [a.id, a.kind, a.name, json(a.aliases), a.isoCode, matchText(a.name, a.aliases)]),
  );
  run('INSERT OR REPLACE INTO persons VALUES (?, ?, ?)', (catalog.persons ?? []).map((p) => [p.id, p.name, p.honorific]));
  run(
    'INSERT OR REPLACE INTO meetings VALUES (?, ?, ?, ?, ?, ?)',
    (catalog.meetings ?? []).map((m) => [m.id, m.name, m.organizationId, m.startsOn, m.endsOn, m.place]),
  );
  run(
    'INSERT OR REPLACE INTO agenda_items VALUES (?, ?, ?, ?, ?)',
    (catalog.agendaItems ?? []).map((a) => [a.id, a.meetingId, a.order, a.label, a.title]),
  );
  run(
    'INSERT OR REPLACE INTO participations VALUES (?, ?, ?)',
    (catalog.participations ?? []).map((p) => [p.meetingId, p.actorId, p.status]),
  );
  run(
    'INSERT OR REPLACE INTO attendances VALUES (?, ?, ?, ?, ?)',
    (catalog.attendances ?? []).map((a) => [a.meetingId, a.personId, a.role, a.representsId, a.affiliation]),
  );
  const targets: Target[] = [
    ...(catalog.principles ?? []),
    ...(catalog.instruments ?? []),
    ...(catalog.proposals ?? []),
    ...(catalog.questions ?? []),
  ];
  run(
    `INSERT OR REPLACE INTO targets (id, kind, name, aliases, description, element_of_id, enshrined_in_ids, instrument_type,
       part_of_id, year, meeting_id, proposed_by_id, decision, wording, proposition, about_ids, match_text)
       VALUES (${Array(17).fill('?').join(', ')})`,
    targets.map((t) => [t.id, t.kind, t.name, json(t.aliases), t.description, ...kindColumns(t), matchText(t.name, t.aliases)]),
  );
}

/** A document, its statements (with their full-text rows) and positions. */
export function insertDocumentRows(
  db: Database.Database,
  rows: { documents: readonly Document[]; statements: readonly Statement[]; positions: readonly Position[] },
): void {
  const run = insertAll(db);
  run(
    'INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    rows.documents.map((d) => [
      d.id, d.title, d.date, d.issuedBy, d.reliability, d.meetingId, d.sourcePath, d.text, d.sha256,
      d.original ? JSON.stringify(d.original) : null, d.sourceUrl, d.rights, d.citation,
    ]),
  );
  const statement = prepared(db, 'INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const searchRow = prepared(db, 'INSERT INTO statements_fts (rowid, statement_id, search_text) VALUES (?, ?, ?)');
  for (const s of rows.statements) {
    const { lastInsertRowid } = statement.run(
      s.id, s.documentId, s.meetingId, s.agendaItemId, s.actorId, s.speakerId, s.speakerRole, s.start, s.end, s.text, s.sortKey,
    );
    searchRow.run(lastInsertRowid, s.id, searchTextOf(s.text));
  }
  run(
    `INSERT INTO positions VALUES (${Array(21).fill('?').join(', ')})`,
    rows.positions.map((p) => [
      p.id, p.statementId, p.targetId, p.targetKind, p.stance, p.evidence.documentId, p.evidence.start, p.evidence.end,
      p.evidence.quote, p.evidence.prefix, p.evidence.suffix, json(p.provenance), p.note, p.actorId, p.meetingId,
      p.agendaItemId, p.sortKey, p.reservation ?? null, p.evidence.located ? 1 : 0, p.evidence.citation, p.evidence.sourceUrl,
    ]),
  );
}

/** Deletes a document's rows: its positions, statements (and full-text rows) and the document. */
export function deleteDocumentRows(db: Database.Database, documentId: string): void {
  prepared(db, 'DELETE FROM positions WHERE statement_id IN (SELECT id FROM statements WHERE document_id = ?)').run(documentId);
  prepared(db, 'DELETE FROM statements_fts WHERE rowid IN (SELECT rowid FROM statements WHERE document_id = ?)').run(documentId);
  prepared(db, 'DELETE FROM statements WHERE document_id = ?').run(documentId);
  prepared(db, 'DELETE FROM documents WHERE id = ?').run(documentId);
}

// Private:

function insertAll(db: Database.Database) {
  return (sql: string, rows: readonly unknown[][]) => {
    if (rows.length === 0) return;
    const statement = prepared(db, sql);
    for (const row of rows) statement.run(...row);
  };
}

const json = (value: unknown) => JSON.stringify(value);

/** `match_text`: the normalised name and aliases, one per line (whereClause.ts matchTextContains). */
function matchText(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(normalizeForMatch).join('\n');
}

/**
 * element_of_id, enshrined_in_ids, instrument_type, part_of_id, year, meeting_id, proposed_by_id, decision,
 * wording, proposition, about_ids
 */
function kindColumns(target: Target): unknown[] {
  const none = (count: number) => Array<null>(count).fill(null);
  switch (target.kind) {
    case 'PRINCIPLE':
      return [target.elementOfId, JSON.stringify(target.enshrinedInIds), ...none(9)];
    case 'INSTRUMENT':
      return [null, null, target.instrumentType, target.partOfId, target.year, ...none(6)];
    case 'PROPOSAL':
      return [...none(5), target.meetingId, target.proposedById, target.decision ? JSON.stringify(target.decision) : null, ...none(3)];
    case 'QUESTION':
      return [...none(8), target.wording, target.proposition, JSON.stringify(target.aboutIds)];
    default:
      throw new UnreachableCaseError(target);
  }
}
