import { normalizeForMatch } from '../../model/index.js';
import type { ActorFilter, PositionFilter, StatementFilter, TargetFilter } from '../port.js';

/**
 * Builds a parameterised WHERE clause from a filter. Column names come from the fixed tables
 * below, never from input; every value is a bound parameter.
 */
export interface WhereClause {
  readonly sql: string;
  readonly params: unknown[];
}

type Condition = [sql: string, params: unknown[]];

/**
 * `column IN` a list bound as ONE parameter (a JSON array read by json_each), so a filter of any
 * length stays one bound variable (SQLite allows at most 32,766) and one prepared statement shape.
 */
const inList = (column: string, values: readonly unknown[] | undefined): Condition | null =>
  values && values.length > 0 ? [`${column} IN (SELECT value FROM json_each(?))`, [jsonList(values)]] : null;

/** A list as the JSON array text json_each reads. */
export function jsonList(values: Iterable<unknown>): string {
  return JSON.stringify([...values]);
}

export function positionWhere(filter: PositionFilter, alias = 'p'): Condition[] {
  const conditions = [
    inList(`${alias}.actor_id`, filter.actorIds),
    inList(`${alias}.target_id`, filter.targetIds),
    inList(`${alias}.target_kind`, filter.targetKinds),
    inList(`${alias}.stance`, filter.stances),
    inList(`${alias}.meeting_id`, filter.meetingIds),
    inList(`${alias}.agenda_item_id`, filter.agendaItemIds),
    inList(`${alias}.document_id`, filter.documentIds),
    inList(`${alias}.statement_id`, filter.statementIds),
    // Provenance is stored whole as JSON (read, rarely filtered): its method is read in place.
    inList(`json_extract(${alias}.provenance, '$.method')`, filter.provenanceMethods),
  ];
  // The source document is the statement's, not the evidence's (port.ts PositionFilter).
  const sourceDocuments = inList('s.document_id', filter.sourceDocumentIds);
  if (sourceDocuments) {
    conditions.push([`EXISTS (SELECT 1 FROM statements s WHERE s.id = ${alias}.statement_id AND ${sourceDocuments[0]})`, sourceDocuments[1]]);
  }
  const sourceTiers = inList('d.reliability', filter.sourceTiers);
  if (sourceTiers) {
    conditions.push([
      `EXISTS (SELECT 1 FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.id = ${alias}.statement_id AND ${sourceTiers[0]})`,
      sourceTiers[1],
    ]);
  }
  const actorKinds = inList('a.kind', filter.actorKinds);
  if (actorKinds) {
    conditions.push([`EXISTS (SELECT 1 FROM actors a WHERE a.id = ${alias}.actor_id AND ${actorKinds[0]})`, actorKinds[1]]);
  }
  return conditions.filter((condition): condition is Condition => condition !== null);
}

/**
 * `textOrder`: how a text search is joined. 'matches' (the default) reads the matching statements by
 * rowid and sorts them: right for a rare word. 'sortKey' hides the rowid from the planner (`+`), so
 * that a page walks the sort-key index in order and stops once it is full, reading only the rows it
 * returns: right for a word in many statements (textSearchOrder).
 */
export function statementWhere(filter: StatementFilter, textOrder: 'matches' | 'sortKey' = 'matches'): Condition[] {
  const conditions = [
    inList('s.actor_id', filter.actorIds),
    inList('s.meeting_id', filter.meetingIds),
    inList('s.agenda_item_id', filter.agendaItemIds),
    inList('s.document_id', filter.documentIds),
  ].filter((condition): condition is Condition => condition !== null);
  const onPosition = positionWhere({ targetIds: filter.targetIds, stances: filter.stances }, 'p');
  if (onPosition.length > 0) {
    conditions.push([
      `EXISTS (SELECT 1 FROM positions p WHERE p.statement_id = s.id AND ${onPosition.map(([sql]) => sql).join(' AND ')})`,
      onPosition.flatMap(([, params]) => params),
    ]);
  }
  if (filter.textTerms && filter.textTerms.length > 0) {
    conditions.push([
      // By rowid (each FTS row's rowid is its statement's, insertRows.ts): an integer-key probe
      // instead of reading the FTS statement_id column and searching the id index (5x faster at 300,000).
      `${textOrder === 'sortKey' ? '+' : ''}s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)`,
      [ftsQuery(filter.textTerms)],
    ]);
  }
  return conditions;
}

export function actorWhere(filter: ActorFilter): Condition[] {
  const meetings = inList('meeting_id', filter.meetingIds);
  return [
    inList('kind', filter.kinds),
    meetings && ([`id IN (SELECT actor_id FROM participations WHERE ${meetings[0]})`, meetings[1]] as Condition),
    matchTextContains(filter.query),
  ].filter((condition): condition is Condition => condition !== null);
}

/** Targets of the filter's kinds, and, given a query, whose name or an alias contains it. */
export function targetWhere(filter: TargetFilter, query?: string): Condition[] {
  return [matchTextContains(query), inList('kind', filter.kinds)].filter(
    (condition): condition is Condition => condition !== null,
  );
}

export function combine(conditions: Condition[]): WhereClause {
  if (conditions.length === 0) return { sql: '', params: [] };
  return {
    sql: `WHERE ${conditions.map(([sql]) => `(${sql})`).join(' AND ')}`,
    params: conditions.flatMap(([, params]) => params),
  };
}

/**
 * How a page of statements matching `terms` is best read (statementWhere's `textOrder`), from how
 * many statements match, which the full-text index counts without reading a row. At 300,000
 * positions "sovereignty" is in 11,001 of 182,369 statements: sorting their rows for a page of 21
 * took 4-6 ms warm and 73 ms and more in a fresh process (the rows carry their text), walking the
 * sort-key index 1.5 ms and 6.5 ms. A word in 254 statements reads faster by its matches (0.7
 * against 1.6 ms warm). The line is drawn at one statement in 50.
 */
export function textSearchOrder(matching: number, statements: number): 'matches' | 'sortKey' {
  return matching * 50 > statements ? 'sortKey' : 'matches';
}

/** The statements whose text matches `terms`, counted in the full-text index alone. */
export function textMatchCountQuery(terms: readonly string[]): { readonly sql: string; readonly params: unknown[] } {
  return { sql: 'SELECT count(*) AS n FROM statements_fts WHERE statements_fts MATCH ?', params: [ftsQuery(terms)] };
}

/**
 * FTS5 query for normalised terms: each a quoted string (so no term is read as an operator), a
 * trailing `*` outside the quotes for prefix terms, joined by AND.
 */
function ftsQuery(terms: readonly string[]): string {
  return terms
    .map((term) => (term.endsWith('*') ? `"${term.slice(0, -1)}"*` : `"${term}"`))
    .join(' AND ');
}

/** `match_text` holds the normalised name and aliases, one per line (writeBundle.ts). */
function matchTextContains(query: string | undefined): Condition | null {
  return query === undefined ? null : ['instr(match_text, ?) > 0', [normalizeForMatch(query)]];
}
