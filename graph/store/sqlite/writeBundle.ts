import type Database from 'better-sqlite3';
import type { Target } from '../../model/index.js';
import { normalizeForMatch, searchTextOf, UnreachableCaseError } from '../../model/index.js';
import type { GraphBundle } from '../port.js';
import { GRAPH_TABLES } from './schema.js';

/**
 * Replaces the stored graph with `bundle`. Runs inside the caller's transaction: it only deletes
 * and inserts, so a failure anywhere leaves the transaction to roll everything back.
 */
export function writeBundle(db: Database.Database, bundle: GraphBundle): void {
  for (const table of GRAPH_TABLES) db.prepare(`DELETE FROM ${table}`).run();

  const insert = (sql: string, rows: readonly unknown[][]) => {
    const statement = db.prepare(sql);
    for (const row of rows) statement.run(...row);
  };
  const json = (value: unknown) => JSON.stringify(value);
  const matchText = (name: string, aliases: readonly string[]) =>
    [name, ...aliases].map(normalizeForMatch).join('\n');

  insert(
    'INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)',
    bundle.actors.map((a) => [a.id, a.kind, a.name, json(a.aliases), a.isoCode, matchText(a.name, a.aliases)]),
  );
  insert('INSERT INTO persons VALUES (?, ?, ?)', bundle.persons.map((p) => [p.id, p.name, p.honorific]));
  insert(
    'INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?)',
    bundle.meetings.map((m) => [m.id, m.name, m.organizationId, m.startsOn, m.endsOn, m.place]),
  );
  insert(
    'INSERT INTO agenda_items VALUES (?, ?, ?, ?, ?)',
    bundle.agendaItems.map((a) => [a.id, a.meetingId, a.order, a.label, a.title]),
  );
  insert('INSERT INTO participations VALUES (?, ?, ?)', bundle.participations.map((p) => [p.meetingId, p.actorId, p.status]));
  insert(
    'INSERT INTO attendances VALUES (?, ?, ?, ?, ?)',
    bundle.attendances.map((a) => [a.meetingId, a.personId, a.role, a.representsId, a.affiliation]),
  );
  const targets: Target[] = [...bundle.principles, ...bundle.instruments, ...bundle.proposals, ...bundle.questions];
  insert(
    `INSERT INTO targets (id, kind, name, aliases, description, element_of_id, enshrined_in_ids, instrument_type,
       part_of_id, year, meeting_id, proposed_by_id, decision, wording, proposition, about_ids, match_text)
       VALUES (${Array(17).fill('?').join(', ')})`,
    targets.map((t) => [t.id, t.kind, t.name, json(t.aliases), t.description, ...kindColumns(t), matchText(t.name, t.aliases)]),
  );
  insert(
    'INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    bundle.documents.map((d) => [
      d.id, d.title, d.date, d.issuedBy, d.reliability, d.meetingId, d.sourcePath, d.text, d.sha256, d.sourceUrl, d.rights, d.citation,
    ]),
  );
  insert(
    'INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    bundle.statements.map((s) => [
      s.id, s.documentId, s.meetingId, s.agendaItemId, s.actorId, s.speakerId, s.speakerRole, s.start, s.end, s.text, s.sortKey,
    ]),
  );
  insert(
    'INSERT INTO statements_fts (statement_id, search_text) VALUES (?, ?)',
    bundle.statements.map((s) => [s.id, searchTextOf(s.text)]),
  );
  insert(
    `INSERT INTO positions VALUES (${Array(20).fill('?').join(', ')})`,
    bundle.positions.map((p) => [
      p.id, p.statementId, p.targetId, p.targetKind, p.stance, p.evidence.documentId, p.evidence.start, p.evidence.end,
      p.evidence.quote, p.evidence.prefix, p.evidence.suffix, json(p.provenance), p.note, p.actorId, p.meetingId,
      p.agendaItemId, p.sortKey, p.evidence.located ? 1 : 0, p.evidence.citation, p.evidence.sourceUrl,
    ]),
  );
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
