import { describe, expect, test } from 'vitest';
import { STANCES } from '../../graph/index.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { useSeededServer } from '../support/seededServer.js';

const BOTH = /* GraphQL */ `
  query Both($scope: AnalysisScope, $actorKinds: [ActorKind!]) {
    stanceMatrix(scope: $scope, actorKinds: $actorKinds) { actor { id } target { id } byStance { stance positions statements } }
    stanceColumns(scope: $scope, actorKinds: $actorKinds) { actorIds targetIds actor target byStance { stance positions statements } }
  }
`;

const seeded = useSeededServer();

/**
 * `stanceColumns` is `stanceMatrix` in columns (the explorer's start-up reads it: a fifth of the
 * bytes at UN scale): read back cell by cell, it must give the same cells in the same order.
 */
describe('stanceColumns: the stance matrix in columns', () => {
  test('gives every cell of stanceMatrix, in its order, with the same counts per stance', async () => {
    const { data: answer, errors } = await postGraphQL(seeded().server.url, BOTH, {});
    expect(errors).toBeUndefined();
    expect(answer.stanceMatrix.length).toBeGreaterThan(0);
    expect(cellsOf(answer.stanceColumns)).toEqual(answer.stanceMatrix);
  });

  test('lists every stance once, in the vocabulary order, and each id once', async () => {
    const { data: answer } = await postGraphQL(seeded().server.url, BOTH, {});
    const columns = answer.stanceColumns;
    expect(columns.byStance.map((column: { stance: string }) => column.stance)).toEqual([...STANCES]);
    expect(new Set(columns.actorIds).size).toBe(columns.actorIds.length);
    expect(new Set(columns.targetIds).size).toBe(columns.targetIds.length);
    for (const column of columns.byStance) expect([column.positions.length, column.statements.length]).toEqual([columns.actor.length, columns.actor.length]);
  });

  test('takes the same scope and kinds as stanceMatrix', async () => {
    const states = new Set(seeded().bundle.actors.filter((actor) => actor.kind === 'STATE').map((actor) => actor.id));
    const item = seeded().bundle.positions.find((position) => states.has(position.actorId))!.agendaItemId;
    const { data: answer, errors } = await postGraphQL(seeded().server.url, BOTH, { scope: { agendaItemIds: [item] }, actorKinds: ['STATE'] });
    expect(errors).toBeUndefined();
    expect(answer.stanceMatrix.length).toBeGreaterThan(0);
    expect(cellsOf(answer.stanceColumns)).toEqual(answer.stanceMatrix);
    expect(answer.stanceColumns.actorIds.every((id: string) => states.has(id))).toBe(true);
  });
});

/** The columns read back as stanceMatrix's cells: stances with positions only. */
function cellsOf(columns: any): unknown[] {
  return columns.actor.map((actor: number, i: number) => ({
    actor: { id: columns.actorIds[actor] },
    target: { id: columns.targetIds[columns.target[i]] },
    byStance: columns.byStance
      .filter((column: any) => column.positions[i] > 0)
      .map((column: any) => ({ stance: column.stance, positions: column.positions[i], statements: column.statements[i] })),
  }));
}
