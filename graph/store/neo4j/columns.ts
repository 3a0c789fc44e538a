import type { Actor, Position, Target } from '../../model/index.js';
import { POSITION_PARTS, type PositionPart } from '../positionParts.js';
import { actorFrom, positionFrom, positionPartsFrom, targetFrom, type Props } from './decode.js';

/**
 * How the nodes that cross the wire by the hundred (a page of positions, its actors and targets)
 * are read: as a list of property values in one fixed order, an absent property as null, instead
 * of a `properties(n)` map. The JavaScript driver decodes every map key as a string of its own;
 * for a page of 100 positions of ~20 properties the keys cost as much as the values (the page
 * read 21 ms as maps, 12 ms as lists, measured at 20,000 positions). Derived properties
 * (`matchText`) stay on the server.
 */
export interface Columns<T> {
  /** The node properties read, in order (test/neo4j/columns.test.ts checks encode.ts writes no other model field). */
  readonly names: readonly string[];
  /** Cypher for `variable`'s values, as a list in `names` order. */
  cypher(variable: string): string;
  /** The entity the values describe: the inverse of `cypher`. */
  from(values: readonly unknown[]): T;
  /**
   * Node properties as written (encode.ts) as a list in `names` order, an absent one as null: what
   * a bulk write sends instead of a map, so that no row carries the property names (a position's
   * 33 names are as many bytes as its values, packed by the driver and unpacked by Neo4j per row).
   */
  valuesOf(props: Readonly<Record<string, unknown>>): unknown[];
  /** Cypher for the properties a `valuesOf` list in `list` stands for, as a map: `{id: list[0], ...}` (a null entry sets nothing). */
  mapOf(list: string): string;
  /** Cypher for one property of a `valuesOf` list in `list`: `list[i]`. */
  valueOf(list: string, name: string): string;
}

/** The node properties each part of a position is stored as (encode.ts), in the order the columns are read. */
const POSITION_PART_COLUMNS: { readonly [K in PositionPart]: readonly string[] } = {
  id: ['id'],
  statementId: ['statementId'],
  targetId: ['targetId'],
  targetKind: ['targetKind'],
  stance: ['stance'],
  note: ['note'],
  reservation: ['reservation'],
  actorId: ['actorId'],
  meetingId: ['meetingId'],
  agendaItemId: ['agendaItemId'],
  sortKey: ['sortKey'],
  evidence: [
    'documentId',
    'evidenceStart',
    'evidenceEnd',
    'evidenceQuote',
    'evidencePrefix',
    'evidenceSuffix',
    'evidenceLocated',
    'evidenceCitation',
    'evidenceSourceUrl',
  ],
  provenance: [
    'provenanceMethod',
    'provenanceCoder',
    'provenanceCodedOn',
    'provenanceReviewer',
    'provenanceReviewedOn',
    'provenanceSuggestedBy',
    'provenanceExtractor',
    'provenanceConfidence',
    'provenanceCue',
    'provenanceExtractedOn',
    'provenanceDataset',
    'provenanceRow',
    'provenanceColumn',
  ],
};

export const POSITION_COLUMNS = columns<Position>(Object.values(POSITION_PART_COLUMNS).flat(), positionFrom);

const narrowedPositionColumns = new Map<string, Columns<Position>>();

/**
 * The columns of a position narrowed to `parts` (from `partsToRead`), and their decoding into a
 * position of those parts only: a page that shows a few fields reads 14 of 33 properties.
 * `POSITION_COLUMNS` when every part is asked for.
 */
export function positionColumnsOf(parts: readonly PositionPart[]): Columns<Position> {
  if (parts === POSITION_PARTS) return POSITION_COLUMNS;
  const key = parts.join(',');
  let found = narrowedPositionColumns.get(key);
  if (found === undefined) {
    // Bounded: id and sortKey are in every narrowed read, so at most 2^11 subsets; a few in practice.
    found = columns<Position>(parts.flatMap((part) => POSITION_PART_COLUMNS[part]), (props) => positionPartsFrom(props, parts));
    narrowedPositionColumns.set(key, found);
  }
  return found;
}

export const ACTOR_COLUMNS = columns<Actor>(['id', 'kind', 'name', 'aliases', 'isoCode'], actorFrom);

/** Every kind of target's properties: a principle's, an instrument's, a proposal's, a question's. */
export const TARGET_COLUMNS = columns<Target>(
  [
    'id',
    'kind',
    'name',
    'aliases',
    'description',
    'elementOfId',
    'enshrinedInIds',
    'instrumentType',
    'partOfId',
    'year',
    'meetingId',
    'proposedById',
    'decisionOutcome',
    'decisionUnanimous',
    'decisionQuote',
    'wording',
    'proposition',
    'aboutIds',
  ],
  targetFrom,
);

function columns<T>(names: readonly string[], decode: (props: Props) => T): Columns<T> {
  const indexOf = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new RangeError(`columns: no column ${JSON.stringify(name)} (columns are ${names.join(', ')})`);
    return index;
  };
  return {
    names,
    cypher: (variable) => `[${names.map((name) => `${variable}.${name}`).join(', ')}]`,
    valuesOf: (props) => names.map((name) => props[name] ?? null),
    mapOf: (list) => `{${names.map((name, i) => `${name}: ${list}[${i}]`).join(', ')}}`,
    valueOf: (list, name) => `${list}[${indexOf(name)}]`,
    from(values) {
      const props: Props = {};
      for (let i = 0; i < names.length; i += 1) props[names[i]!] = values[i];
      return decode(props);
    },
  };
}
