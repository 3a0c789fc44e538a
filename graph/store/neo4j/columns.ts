import type { Actor, Position, Target } from '../../model/index.js';
import { actorFrom, positionFrom, targetFrom, type Props } from './decode.js';

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

export const POSITION_COLUMNS = columns<Position>(
  [
    'id',
    'statementId',
    'targetId',
    'targetKind',
    'stance',
    'note',
    'reservation',
    'actorId',
    'meetingId',
    'agendaItemId',
    'sortKey',
    'documentId',
    'evidenceStart',
    'evidenceEnd',
    'evidenceQuote',
    'evidencePrefix',
    'evidenceSuffix',
    'evidenceLocated',
    'evidenceCitation',
    'evidenceSourceUrl',
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
  positionFrom,
);

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
