import neo4j from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import type { Position } from '../../graph/model/index.js';
import { nodeRowsOf } from '../../graph/store/neo4j/encode.js';
import { POSITION_PROPERTIES, positionFromColumns } from '../../graph/store/neo4j/positionColumns.js';

const base = {
  statementId: 's-1',
  targetId: 'principle-sovereignty',
  targetKind: 'PRINCIPLE',
  actorId: 'CHN',
  meetingId: 'm-1',
  agendaItemId: 'm-1.1',
  sortKey: '0001',
  evidence: { documentId: 'd-1', start: 10, end: 42, quote: 'a crucial rule of customary law', prefix: 'is ', suffix: '.', located: true, citation: null, sourceUrl: null },
} as const;

/** One position of each provenance, with every optional field set where the model has one. */
const POSITIONS: Position[] = [
  {
    ...base,
    id: 'p-curated',
    stance: 'QUALIFIES',
    note: 'coded from the summary',
    reservation: 'CONDITIONAL_ACCEPTANCE',
    provenance: { method: 'CURATED', coder: 'coder-1', codedOn: '2026-11-30', reviewer: 'reviewer-1', reviewedOn: '2026-11-30', suggestedBy: 'extractor-1' },
  },
  {
    ...base,
    id: 'p-extracted',
    stance: 'SUPPORTS',
    note: null,
    reservation: null,
    provenance: { method: 'EXTRACTED', extractor: 'extractor-1', confidence: 0.75, cue: ['supports', 'sovereignty'], extractedOn: '2026-11-30' },
  },
  {
    ...base,
    id: 'p-imported',
    stance: 'OPPOSES',
    note: null,
    reservation: null,
    evidence: { ...base.evidence, located: false, citation: 'A/76/136, p. 3', sourceUrl: 'https://example.org/a-76-136' },
    provenance: { method: 'IMPORTED', dataset: 'dataset-1', row: 7, column: 'sovereignty', coder: 'coder-2' },
  },
];

/** What the driver hands back for a stored value (`disableLosslessIntegers`). */
const asRead = (value: unknown) => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : value);

describe('positions as columns (positionColumns.ts)', () => {
  test('every property encode.ts writes on a Position node is a column', () => {
    const written = new Set(nodeRowsOf({ positions: POSITIONS }).Position.flatMap((row) => Object.keys(row)));
    expect([...written].filter((name) => !(POSITION_PROPERTIES as readonly string[]).includes(name))).toEqual([]);
  });

  test('a position written and read back as columns is the position written, absent properties read as null', () => {
    for (const [i, row] of nodeRowsOf({ positions: POSITIONS }).Position.entries()) {
      const values = POSITION_PROPERTIES.map((name) => (row[name] === undefined || row[name] === null ? null : asRead(row[name])));
      expect(positionFromColumns(values)).toEqual(POSITIONS[i]);
    }
  });
});
