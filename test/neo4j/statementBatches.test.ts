import { describe, expect, test } from 'vitest';
import { POSITION_COLUMNS } from '../../graph/store/neo4j/columns.js';
import { statementBatchesOf } from '../../graph/store/neo4j/statementBatches.js';

const statement = (id: string) => ({ id });
const position = (id: string, statementId: string) => ({ id, statementId });
/** A position travels as a list in POSITION_COLUMNS order: its id is at the id column. */
const idOf = (values: readonly unknown[]) => values[POSITION_COLUMNS.names.indexOf('id')];

describe('statementBatchesOf (a direct load writes each statement with its positions)', () => {
  test('every statement carries its own positions, in bundle order, and batches hold at most the bound in nodes', () => {
    const statements = ['s1', 's2', 's3', 's4'].map(statement);
    const positions = [position('p1', 's1'), position('p2', 's2'), position('p3', 's1'), position('p4', 's3'), position('p5', 's4')];
    const { batches, orphans } = statementBatchesOf(statements, positions, 4);
    expect(batches.map((batch) => batch.map((row) => [row.statement.id, row.positions.map(idOf)]))).toEqual([
      [['s1', ['p1', 'p3']]], // 3 nodes; s2 with its position would make 5
      [['s2', ['p2']], ['s3', ['p4']]],
      [['s4', ['p5']]],
    ]);
    expect(orphans).toEqual([]);
  });

  test('a statement with more positions than the bound gets a batch of its own', () => {
    const positions = ['a', 'b', 'c'].map((id) => position(id, 's2'));
    const { batches } = statementBatchesOf(['s1', 's2', 's3'].map(statement), positions, 2);
    expect(batches.map((batch) => batch.map((row) => [row.statement.id, row.positions.length]))).toEqual([[['s1', 0]], [['s2', 3]], [['s3', 0]]]);
  });

  test('a position travels as its column values, an absent property as null, no names', () => {
    const { batches } = statementBatchesOf([statement('s1')], [{ id: 'p1', statementId: 's1', stance: 'SUPPORTS', note: null }], 10);
    const values = batches[0]![0]!.positions[0]!;
    expect(values).toHaveLength(POSITION_COLUMNS.names.length);
    expect(Object.fromEntries(POSITION_COLUMNS.names.map((name, i) => [name, values[i]]).filter(([, value]) => value !== null))).toEqual({
      id: 'p1',
      statementId: 's1',
      stance: 'SUPPORTS',
    });
  });

  test('positions whose statement is missing are set apart, and a duplicate statement id takes no positions twice', () => {
    const { batches, orphans } = statementBatchesOf([statement('s1'), statement('s1')], [position('p1', 's1'), position('p2', 'gone')], 10);
    expect(batches.flat().map((row) => row.positions.map(idOf))).toEqual([['p1'], []]);
    expect(orphans.map(idOf)).toEqual(['p2']);
  });
});
