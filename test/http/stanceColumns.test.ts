import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, syncSeeds, STANCES, type GraphBundle, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

const BOTH = /* GraphQL */ `
  query Both($scope: AnalysisScope, $actorKinds: [ActorKind!]) {
    stanceMatrix(scope: $scope, actorKinds: $actorKinds) { actor { id } target { id } byStance { stance positions statements } }
    stanceColumns(scope: $scope, actorKinds: $actorKinds) { actorIds targetIds actor target byStance { stance positions statements } }
  }
`;

let server: RunningServer;
let store: GraphStore;
let bundle: GraphBundle;
let data: Awaited<ReturnType<typeof tempDataDir>>;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await data?.remove();
});

/**
 * `stanceColumns` is `stanceMatrix` in columns (the explorer's start-up reads it: a fifth of the
 * bytes at UN scale): read back cell by cell, it must give the same cells in the same order.
 */
describe('stanceColumns: the stance matrix in columns', () => {
  test('gives every cell of stanceMatrix, in its order, with the same counts per stance', async () => {
    const { data: answer, errors } = await postGraphQL(server.url, BOTH, {});
    expect(errors).toBeUndefined();
    expect(answer.stanceMatrix.length).toBeGreaterThan(0);
    expect(cellsOf(answer.stanceColumns)).toEqual(answer.stanceMatrix);
  });

  test('lists every stance once, in the vocabulary order, and each id once', async () => {
    const { data: answer } = await postGraphQL(server.url, BOTH, {});
    const columns = answer.stanceColumns;
    expect(columns.byStance.map((column: { stance: string }) => column.stance)).toEqual([...STANCES]);
    expect(new Set(columns.actorIds).size).toBe(columns.actorIds.length);
    expect(new Set(columns.targetIds).size).toBe(columns.targetIds.length);
    for (const column of columns.byStance) expect([column.positions.length, column.statements.length]).toEqual([columns.actor.length, columns.actor.length]);
  });

  test('takes the same scope and kinds as stanceMatrix', async () => {
    const states = new Set(bundle.actors.filter((actor) => actor.kind === 'STATE').map((actor) => actor.id));
    const item = bundle.positions.find((position) => states.has(position.actorId))!.agendaItemId;
    const { data: answer, errors } = await postGraphQL(server.url, BOTH, { scope: { agendaItemIds: [item] }, actorKinds: ['STATE'] });
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
