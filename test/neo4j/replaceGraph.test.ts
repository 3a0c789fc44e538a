import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countsOfBundle as countsOf } from '../../graph/store/countRelationships.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { describeNeo4jSchema } from '../../graph/store/neo4j/describeSchema.js';
import { GraphIntegrityError } from '../../graph/store/neo4j/integrityError.js';
import type { GraphBundle, GraphStore } from '../../graph/store/port.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';
import { editedBundle, smallBundle } from './fixtures/smallBundle.js';

describe.skipIf(!canRunNeo4jTests())('Neo4j store: replaceGraph', () => {
  let server: TestNeo4j;
  let store: GraphStore;

  beforeAll(async () => {
    server = await startNeo4jForTests();
    store = createNeo4jStore({ uri: server.uri });
  });
  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  test('an empty database counts zero everywhere and has no fingerprint', async () => {
    expect(await store.countGraph()).toEqual(countsOf({ ...smallBundle, ...emptyLists() }));
    expect(await store.getFingerprint()).toBeNull();
  });

  test('setting up the schema twice, from two stores, leaves the same constraints and indexes', async () => {
    const first = await describeNeo4jSchema({ uri: server.uri });
    const other = createNeo4jStore({ uri: server.uri });
    await other.countGraph(); // a first call sets up the schema
    await other.close();
    const second = await describeNeo4jSchema({ uri: server.uri });
    expect(second).toEqual(first);
    expect(first.constraints).toContain('statement_id');
    expect(first.indexes).toContain('statementSearchText');
  });

  test('loading a bundle stores exactly its nodes, relationships and fingerprint', async () => {
    const counts = await store.replaceGraph(smallBundle);
    expect(counts).toEqual(countsOf(smallBundle));
    expect(counts.relationships).toBe(49);
    expect(await store.countGraph()).toEqual(counts);
    expect(await store.getFingerprint()).toBe('fixture-v1');
  });

  test('loading the same bundle twice leaves every count unchanged', async () => {
    const first = await store.replaceGraph(smallBundle);
    const second = await store.replaceGraph(smallBundle);
    expect(second).toEqual(first);
    expect(await store.countGraph()).toEqual(first);
  });

  test('loading an edited bundle drops what it no longer holds and updates what changed', async () => {
    await store.replaceGraph(smallBundle);
    const edited = editedBundle();
    expect(await store.replaceGraph(edited)).toEqual(countsOf(edited));
    expect(await store.getStatementsByIds(['st-rus-1'])).toEqual([null]);
    expect(await store.listPositions({ actorIds: ['RUS'] }, { first: 10, after: null })).toEqual({ items: [], hasNextPage: false });
    expect(await store.getActorsByIds(['RUS'])).toStrictEqual([{ id: 'RUS', kind: 'STATE', name: 'Russia', aliases: [], isoCode: 'RUS' }]);
    expect(await store.getFingerprint()).toBe('fixture-v2');
    // And back: the removed statement returns with its relationships.
    expect(await store.replaceGraph(smallBundle)).toEqual(countsOf(smallBundle));
  });

  test('a target that changes kind under the same id reloads without a constraint clash', async () => {
    await store.replaceGraph(smallBundle);
    const moved: GraphBundle = {
      ...smallBundle,
      principles: smallBundle.principles.filter((p) => p.id !== 'non-intervention').map((p) => (p.id === 'coercion' ? { ...p, elementOfId: null } : p)),
      instruments: [
        ...smallBundle.instruments,
        { id: 'non-intervention', kind: 'INSTRUMENT', name: 'Non-intervention', aliases: [], description: null, instrumentType: 'DECLARATION', partOfId: null, year: 1965 },
      ],
      positions: smallBundle.positions.map((p) => (p.targetId === 'non-intervention' ? { ...p, targetKind: 'INSTRUMENT' } : p)),
    };
    expect(await store.replaceGraph(moved)).toEqual(countsOf(moved));
    expect((await store.getTargetsByIds(['non-intervention']))[0]?.kind).toBe('INSTRUMENT');
    await store.replaceGraph(smallBundle);
  });

  test('a load that violates a constraint midway rolls back and leaves the previous graph intact', async () => {
    const before = await store.replaceGraph(smallBundle);
    const clash: GraphBundle = {
      ...editedBundle(),
      fingerprint: 'clash',
      // An instrument with a principle's id: the Target uniqueness constraint fails after the
      // actors, persons, meetings, agenda items and principles were already written.
      instruments: [...smallBundle.instruments, { ...smallBundle.instruments[0]!, id: 'sovereignty' }],
    };
    await expect(store.replaceGraph(clash)).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(await store.countGraph()).toEqual(before);
    expect(await store.getFingerprint()).toBe('fixture-v1');
    expect(await store.getPersonsByIds(['p-new'])).toEqual([null]);
    expect((await store.getStatementsByIds(['st-rus-1']))[0]?.id).toBe('st-rus-1');
  });

  test('a load whose references do not resolve is refused with the counts that differ, and rolled back', async () => {
    const before = await store.replaceGraph(smallBundle);
    const dangling: GraphBundle = {
      ...smallBundle,
      fingerprint: 'dangling',
      positions: smallBundle.positions.map((p, i) => (i === 0 ? { ...p, targetId: 'no-such-target' } : p)),
    };
    const error = await store.replaceGraph(dangling).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphIntegrityError);
    expect(error).toMatchObject({ code: 'GRAPH_INTEGRITY', expected: { relationships: 49 }, actual: { relationships: 48 } });
    expect(await store.countGraph()).toEqual(before);
    expect(await store.getFingerprint()).toBe('fixture-v1');
  });
});

function emptyLists(): Omit<GraphBundle, 'fingerprint'> {
  return {
    actors: [],
    persons: [],
    meetings: [],
    agendaItems: [],
    participations: [],
    attendances: [],
    questions: [],
    principles: [],
    instruments: [],
    proposals: [],
    documents: [],
    statements: [],
    positions: [],
  };
}
