import neo4j from 'neo4j-driver';
import type { Position } from '../../model/index.js';
import type { PageRequest, PositionFilter, PositionPageSelection, StatementFilter } from '../port.js';
import { partsToRead } from '../positionParts.js';
import { STATEMENT_SEARCH_INDEX } from './labels.js';
import { luceneQueryOf } from './luceneQuery.js';
import { documentHeadProjection } from './decode.js';
import { ACTOR_COLUMNS, POSITION_COLUMNS, TARGET_COLUMNS, positionColumnsOf, type Columns } from './columns.js';

/**
 * Filters and keyset pages as parameterised Cypher. Only conditions for non-empty lists are
 * written, so the planner sees plain `IN` predicates it can serve from the indexes in schema.ts;
 * property names come from this file, values only travel as parameters.
 */
export interface CypherQuery {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/**
 * Positions matching `filter` in sort-key order: one page (first + 1 rows, to tell hasNextPage),
 * each as `POSITION_COLUMNS` values (columns.ts).
 */
export function positionPageQuery(filter: PositionFilter, page: PageRequest): CypherQuery {
  const { source, where, params, orderBy } = positionConditions(filter, page.after ?? '');
  return {
    text: `${source} ${where} WITH p ORDER BY ${orderBy} LIMIT $limit RETURN ${POSITION_COLUMNS.cypher('p')} AS p`,
    params: { ...params, limit: limitOf(page) },
  };
}

/**
 * `positionPageQuery` and, in the same query, the actors, targets and evidence documents its
 * positions refer to (those `include` asks for): one round trip for what a page of positions
 * shows, each position as the columns of the parts `include` names (`positionColumns` decodes
 * them). The page is collected in sort-key order; each reference kind is a COLLECT subquery over
 * the page's distinct ids, an index seek (uniqueness constraint) per id.
 */
export function positionPageWithReferencesQuery(
  filter: PositionFilter,
  page: PageRequest,
  include: PositionPageSelection,
): CypherQuery & { readonly positionColumns: Columns<Position> } {
  const { source, where, params, orderBy } = positionConditions(filter, page.after ?? '');
  // Only the properties of the parts asked for (a page's five fields: 14 of 33 properties).
  const positionColumns = positionColumnsOf(partsToRead(include.parts));
  // Actors and targets as columns (columns.ts); documents, two or three a page, as maps without
  // their texts (tens to hundreds of kilobytes each, which the page does not show).
  const references = (
    [
      ['actors', include.actors, 'p.actorId', 'Actor', ACTOR_COLUMNS.cypher('n')],
      ['targets', include.targets, 'p.targetId', 'Target', TARGET_COLUMNS.cypher('n')],
      ['documents', include.documents, 'p.documentId', 'Document', documentHeadProjection('n')],
    ] as const
  ).map(([name, wanted, idOf, label, projection]) =>
    wanted
      ? `COLLECT { UNWIND page AS p WITH DISTINCT ${idOf} AS id MATCH (n:${label} {id: id}) RETURN ${projection} } AS ${name}`
      : `[] AS ${name}`,
  );
  return {
    // `fetched` holds the extra row that tells hasNextPage; references are those of the page itself.
    // One row per position, the references on the first only: a record that spans several Bolt
    // chunks is decoded by the JS driver string by string across all its chunks (its
    // `decodeCombinedBuffer`), which made one row holding the whole page cost 35 % more client CPU
    // per page than a row per position (30 Nov 2026, 20,000 positions, interleaved).
    text: `${source} ${where} WITH p ORDER BY ${orderBy} LIMIT $limit
      WITH collect(p) AS fetched
      WITH fetched, fetched[0..$first] AS page
      WITH fetched, ${references.join(', ')}
      UNWIND range(0, size(fetched) - 1) AS i
      WITH fetched[i] AS p, i, actors, targets, documents
      RETURN ${positionColumns.cypher('p')} AS position, CASE i WHEN 0 THEN actors END AS actors,
        CASE i WHEN 0 THEN targets END AS targets, CASE i WHEN 0 THEN documents END AS documents`,
    params: { ...params, limit: limitOf(page), first: neo4j.int(page.first) },
    positionColumns,
  };
}

export function positionCountQuery(filter: PositionFilter): CypherQuery {
  const { source, where, params } = positionConditions(filter, null);
  return { text: `${source} ${where} RETURN count(p) AS n`, params };
}

/** Positions matching `filter` per agenda item, ordered by agenda item id (the sort order both stores share). */
export function positionCountByAgendaItemQuery(filter: PositionFilter): CypherQuery {
  const { source, where, params } = positionConditions(filter, null);
  return { text: `${source} ${where} WITH p.agendaItemId AS id, count(*) AS n RETURN id, n ORDER BY id`, params };
}

export function statementPageQuery(filter: StatementFilter, page: PageRequest): CypherQuery {
  const { source, where, params } = statementConditions(filter, page.after ?? '');
  return {
    text: `${source} ${where} WITH s ORDER BY s.sortKey LIMIT $limit RETURN properties(s) AS s`,
    params: { ...params, limit: limitOf(page) },
  };
}

export function statementCountQuery(filter: StatementFilter): CypherQuery {
  const { source, where, params } = statementConditions(filter, null);
  return { text: `${source} ${where} RETURN count(s) AS n`, params };
}

// Private:

/** first + 1 rows tell whether a next page exists. LIMIT wants an integer; a JS number is a float. */
function limitOf(page: PageRequest): unknown {
  return neo4j.int(page.first + 1);
}

interface Conditions {
  readonly where: string;
  readonly params: Record<string, unknown>;
}

class ConditionList {
  private readonly conditions: string[] = [];
  readonly params: Record<string, unknown> = {};
  /** Properties held to one value by an equality (`in` with one value). */
  readonly fixed = new Set<string>();

  /**
   * `variable.property IN $param`, when the list has values (an empty list does not filter); with
   * one value `variable.property = $param`: an equality lets a composite index on (property,
   * sortKey) return the page in sort-key order, where an IN list's seeks must be sorted (`Top`).
   * Two query texts per filter at most, so the plan cache stays small.
   */
  in(variable: string, property: string, values: readonly string[] | undefined, param = property): this {
    if (values && values.length === 1) {
      this.conditions.push(`${variable}.${property} = $${param}`);
      this.params[param] = values[0];
      this.fixed.add(property);
    } else if (values && values.length > 1) {
      this.conditions.push(`${variable}.${property} IN $${param}`);
      this.params[param] = [...values];
    }
    return this;
  }

  add(condition: string, params: Record<string, unknown>): this {
    this.conditions.push(condition);
    Object.assign(this.params, params);
    return this;
  }

  toWhere(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.map((c) => `(${c})`).join(' AND ')}`;
  }
}

/**
 * Leading properties of the composite position indexes (schema.ts) ending in `sortKey`. When a
 * filter holds all of one to a single value, ordering by them and then `sortKey` is the same order
 * as by `sortKey` alone, and is the index's own order: the planner then reads the page from the
 * index and stops after `$limit` rows (`NodeIndexSeek` → `Limit`), where `ORDER BY p.sortKey`
 * alone made it read every match and sort (`Top`; PROFILE at 20,000 positions, the busiest actor:
 * 1,956 rows read for a page of 101).
 */
const SORTED_INDEX_PREFIXES: readonly (readonly string[])[] = [['targetId', 'stance'], ['actorId'], ['meetingId']];

function positionConditions(filter: PositionFilter, after: string | null): Conditions & { source: string; orderBy: string } {
  const list = new ConditionList()
    .in('p', 'actorId', filter.actorIds, 'actorIds')
    .in('p', 'targetId', filter.targetIds, 'targetIds')
    .in('p', 'targetKind', filter.targetKinds, 'targetKinds')
    .in('p', 'stance', filter.stances, 'stances')
    .in('p', 'meetingId', filter.meetingIds, 'meetingIds')
    .in('p', 'agendaItemId', filter.agendaItemIds, 'agendaItemIds')
    .in('p', 'documentId', filter.documentIds, 'documentIds')
    .in('p', 'statementId', filter.statementIds, 'statementIds')
    .in('p', 'provenanceMethod', filter.provenanceMethods, 'provenanceMethods');
  if (filter.actorKinds && filter.actorKinds.length > 0) {
    // The actor's kind lives on the Actor node: reach it through the statement that made the position.
    list.add('EXISTS { MATCH (p)<-[:TAKES]-(:Statement)-[:MADE_BY]->(a:Actor) WHERE a.kind IN $actorKinds }', {
      actorKinds: [...filter.actorKinds],
    });
  }
  // The source document is the statement's, not the evidence's (port.ts PositionFilter). A few
  // documents' positions are read from their statements (statement_documentId), then sorted:
  // checking every position in sort-key order for its statement's document read the whole corpus
  // when the documents' positions were few (an analysis scoped to one report, the update of an
  // analysis input after one document was written).
  const bySource = filter.sourceDocumentIds !== undefined && filter.sourceDocumentIds.length > 0;
  if (bySource) list.add('source.documentId IN $sourceDocumentIds', { sourceDocumentIds: [...filter.sourceDocumentIds!] });
  if (filter.sourceTiers && filter.sourceTiers.length > 0) {
    list.add('EXISTS { MATCH (p)<-[:TAKES]-(:Statement)-[:IN]->(d:Document) WHERE d.reliability IN $sourceTiers }', {
      sourceTiers: [...filter.sourceTiers],
    });
  }
  // Pages pass '' for the first page (every sort key is longer): with a range predicate on sortKey
  // the planner can read position_sortKey in order instead of sorting every matching position to
  // return the first hundred. Counts pass null: no predicate, so a bare count stays a count-store read.
  if (after !== null) list.add('p.sortKey > $after', { after });
  const prefix = SORTED_INDEX_PREFIXES.find((properties) => properties.every((property) => list.fixed.has(property))) ?? [];
  return {
    source: bySource ? 'MATCH (source:Statement)-[:TAKES]->(p:Position) USING INDEX source:Statement(documentId)' : 'MATCH (p:Position)',
    where: list.toWhere(),
    params: list.params,
    orderBy: [...prefix, 'sortKey'].map((property) => `p.${property}`).join(', '),
  };
}

function statementConditions(filter: StatementFilter, after: string | null): Conditions & { source: string } {
  const list = new ConditionList()
    .in('s', 'actorId', filter.actorIds, 'actorIds')
    .in('s', 'meetingId', filter.meetingIds, 'meetingIds')
    .in('s', 'agendaItemId', filter.agendaItemIds, 'agendaItemIds')
    .in('s', 'documentId', filter.documentIds, 'documentIds');
  // Both conditions on the same position (port.ts StatementFilter).
  const onPosition = new ConditionList()
    .in('p', 'targetId', filter.targetIds, 'targetIds')
    .in('p', 'stance', filter.stances, 'stances');
  const positionWhere = onPosition.toWhere();
  if (positionWhere) list.add(`EXISTS { MATCH (s)-[:TAKES]->(p:Position) ${positionWhere} }`, onPosition.params);
  const terms = filter.textTerms ?? [];
  // As for positions ('' on a first page lets a plain MATCH read statement_sortKey in order).
  if (after !== null && (after !== '' || terms.length === 0)) list.add('s.sortKey > $after', { after });
  const source =
    terms.length > 0
      ? 'CALL db.index.fulltext.queryNodes($searchIndex, $searchQuery) YIELD node AS s'
      : 'MATCH (s:Statement)';
  const params = terms.length > 0 ? { ...list.params, searchIndex: STATEMENT_SEARCH_INDEX, searchQuery: luceneQueryOf(terms) } : list.params;
  return { source, where: list.toWhere(), params };
}
