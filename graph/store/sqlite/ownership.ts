import type Database from 'better-sqlite3';
import { prepared } from './prepared.js';
import { catalogKeysOf, type CatalogKind } from '../catalogOwnership.js';
import type { GraphCatalog } from '../port.js';

/**
 * The ownership rule (graph/store/catalogOwnership.ts) on the embedded store's `owners` table.
 * Runs inside the caller's write transaction.
 */

/**
 * Makes `owner` own exactly the entries of `catalog` (what it owned before and does not list is
 * disowned). Answers whether it disowned a participation or attendance: only then can one be
 * ownerless (nothing refers to them, so they never outlive their last owner).
 */
export function setOwnedEntries(db: Database.Database, owner: string, catalog: Partial<GraphCatalog>): { disownedPairs: boolean } {
  const keys = catalogKeysOf(catalog);
  const listed = new Set(keys.map(({ kind, key }) => `${kind} ${key}`));
  const before = prepared(db, "SELECT kind, key FROM owners WHERE owner = ? AND kind IN ('participation', 'attendance')").all(owner) as {
    kind: string;
    key: string;
  }[];
  prepared(db, 'DELETE FROM owners WHERE owner = ?').run(owner);
  const insert = prepared(db, 'INSERT OR IGNORE INTO owners (kind, key, owner) VALUES (?, ?, ?)');
  for (const { kind, key } of keys) insert.run(kind, key, owner);
  return { disownedPairs: before.some(({ kind, key }) => !listed.has(`${kind} ${key}`)) };
}

/**
 * Deletes every catalog entry that no owner holds and nothing stored refers to, repeating until a
 * pass deletes nothing (an agenda item goes first, then the meeting it alone referred to). Only
 * ownerless entries are examined, and the catalog tables are small next to statements and
 * positions, whose references are looked up by index.
 */
export function dropUnownedEntries(db: Database.Database, options: { disownedPairs: boolean }): void {
  const statements = (options.disownedPairs ? GARBAGE : GARBAGE.slice(2)).map((sql) => prepared(db, sql));
  for (let pass = 0; pass < 100; pass += 1) {
    const deleted = statements.reduce((total, statement) => total + statement.run().changes, 0);
    if (deleted === 0) return;
  }
}

// Private:

const unowned = (kind: CatalogKind, key: string) => `NOT EXISTS (SELECT 1 FROM owners o WHERE o.kind = '${kind}' AND o.key = ${key})`;

/**
 * One DELETE per table: ownerless, and no reference to it from any stored row (port.ts references).
 * Participations and attendances first: a pass over them (tens of thousands at UN scale) is
 * skipped when the write disowned none.
 */
const GARBAGE = [
  `DELETE FROM participations WHERE ${unowned('participation', "participations.meeting_id || ' ' || participations.actor_id")}`,
  `DELETE FROM attendances WHERE ${unowned('attendance', "attendances.meeting_id || ' ' || attendances.person_id")}`,
  `DELETE FROM agenda_items WHERE ${unowned('agendaItem', 'agenda_items.id')}
     AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.agenda_item_id = agenda_items.id)`,
  `DELETE FROM targets WHERE ${unowned('target', 'targets.id')}
     AND NOT EXISTS (SELECT 1 FROM positions p WHERE p.target_id = targets.id)
     AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.element_of_id = targets.id OR t.part_of_id = targets.id)
     AND NOT EXISTS (SELECT 1 FROM targets t, json_each(t.enshrined_in_ids) e WHERE e.value = targets.id)`,
  `DELETE FROM meetings WHERE ${unowned('meeting', 'meetings.id')}
     AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = meetings.id)
     AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.meeting_id = meetings.id)
     AND NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = meetings.id)
     AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.meeting_id = meetings.id)
     AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.meeting_id = meetings.id)
     AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.meeting_id = meetings.id)`,
  `DELETE FROM persons WHERE ${unowned('person', 'persons.id')}
     AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = persons.id)
     AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.person_id = persons.id)
     AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.proposed_by_id = persons.id)`,
  `DELETE FROM actors WHERE ${unowned('actor', 'actors.id')}
     AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.actor_id = actors.id)
     AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.issued_by = actors.id)
     AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.organization_id = actors.id)
     AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.actor_id = actors.id)
     AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.represents_id = actors.id)
     AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.proposed_by_id = actors.id)`,
];
