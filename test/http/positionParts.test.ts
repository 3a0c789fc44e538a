import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POSITION_PARTS, syncSeeds, type GraphStore, type PositionPageSelection } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * A page of positions reads only the fields of each position its selection resolves from
 * (server/schema/resolvers/positionPageSelected.ts; every store returns exactly those,
 * graph/store/positionParts.ts). Each field of the GraphQL `Position` type, asked alone, must
 * answer as a second server over the same store answers it when every page reads whole positions:
 * a field that needs a part its entry does not name would answer null or fail. The fields come
 * from the schema itself, so a field added to the type is tested without touching this file.
 */

interface TypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: TypeRef | null;
}
interface FieldInfo {
  readonly name: string;
  readonly args: readonly { readonly type: TypeRef }[];
  readonly type: TypeRef;
}

let server: RunningServer;
/** The same store, every page read whole (its selection's parts dropped): the reference answers. */
let wholeServer: RunningServer;
let real: GraphStore;
let data: Awaited<ReturnType<typeof tempDataDir>>;
const selections: PositionPageSelection[] = [];
let types: Map<string, { kind: string; fields: readonly FieldInfo[] | null }>;

beforeAll(async () => {
  data = await tempDataDir();
  real = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store: real, seedsDir: SEEDS_DIR });
  // The real store, with the selection of each page read noted on the way.
  const noting = withPageSelection(real, (include) => {
    selections.push(include);
    return include;
  });
  server = await startServer({ store: noting, port: 0, host: '127.0.0.1' });
  wholeServer = await startServer({ store: withPageSelection(real, (include) => ({ ...include, parts: undefined })), port: 0, host: '127.0.0.1' });
  const { data: schema } = await postGraphQL(
    server.url,
    `{ __schema { types { name kind fields { name args { type { ...T } } type { ...T } } } } }
     fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
  );
  types = new Map((schema.__schema.types as { name: string; kind: string; fields: FieldInfo[] | null }[]).map((t) => [t.name, t]));
});
afterAll(async () => {
  await server?.close();
  await wholeServer?.close();
  await real?.close();
  await data?.remove();
});

/** `store`, its page reads made with the selection `change` returns for the one the server asked for. */
function withPageSelection(store: GraphStore, change: (include: PositionPageSelection) => PositionPageSelection): GraphStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (name !== 'listPositionsWithReferences') return value;
      return (...[filter, page, include]: Parameters<GraphStore['listPositionsWithReferences']>) =>
        store.listPositionsWithReferences(filter, page, change(include));
    },
  });
}

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

const isList = (type: TypeRef): boolean => type.kind === 'LIST' || (type.ofType !== null && isList(type.ofType));

/**
 * A field and, for an object, its leaves and its objects' ids (`depth` levels of leaves), leaving
 * out fields with required arguments, lists of objects and connections (a statement's positions,
 * an actor's meetings: other reads, at a cost the limit refuses for 100 positions) and texts.
 */
function selectionOf(field: FieldInfo, depth: number): string | null {
  if (field.args.some((arg) => arg.type.kind === 'NON_NULL') || field.name === 'text') return null;
  const type = named(field.type);
  if (type.kind === 'SCALAR' || type.kind === 'ENUM') return field.name;
  if (isList(field.type) || type.name!.endsWith('Connection')) return null;
  const children = types.get(type.name!)?.fields ?? [];
  if (depth === 0) return `${field.name} { __typename${children.some((child) => child.name === 'id') ? ' id' : ''} }`;
  const inner = children.map((child) => selectionOf(child, depth - 1)).filter((s) => s !== null);
  return `${field.name} { __typename ${inner.join(' ')} }`;
}

// Each test asks with a page size of its own: the response cache answers a query asked before
// (at the same graph version) without reading the store.
const pageOf = (nodeSelection: string, first = 100) => `{ positions(first: ${first}) { pageInfo { endCursor } edges { cursor node { ${nodeSelection} } } } }`;

describe('a page of positions reads only what its selection shows', () => {
  test('each field of Position asked alone answers as it does from whole positions', async () => {
    const fields = types.get('Position')!.fields!;
    expect(fields.length).toBeGreaterThanOrEqual(9);
    const each = fields.map((field) => [field.name, selectionOf(field, 1)] as const).filter((entry): entry is readonly [string, string] => entry[1] !== null);
    expect(each.map(([name]) => name)).toEqual(expect.arrayContaining(['id', 'stance', 'actor', 'target', 'evidence', 'provenance']));

    const reference = await postGraphQL(wholeServer.url, pageOf(each.map(([, selection]) => selection).join(' ')));
    expect(reference.errors, JSON.stringify(reference.errors)).toBeUndefined();
    const page = reference.data.positions;
    expect(page.edges.length).toBe(100);
    for (const [name, selection] of each) {
      const alone = await postGraphQL(server.url, pageOf(selection));
      expect(alone.errors, name).toBeUndefined();
      expect(alone.data.positions.pageInfo, name).toEqual(page.pageInfo);
      expect(alone.data.positions.edges.map((edge: any) => [edge.cursor, edge.node[name]]), name).toEqual(
        page.edges.map((edge: any) => [edge.cursor, edge.node[name]]),
      );
    }
  });

  test('every field of Position names the parts it reads: none falls back to reading whole positions', async () => {
    const fields = types.get('Position')!.fields!;
    const selection = fields.map((field) => selectionOf(field, 1)).filter((s) => s !== null).join(' ');
    selections.length = 0;
    const { errors } = await postGraphQL(server.url, pageOf(selection, 99));
    expect(errors).toBeUndefined();
    expect(selections).toHaveLength(1);
    // Every part the fields resolve from, and not more: the model's fields that no GraphQL field shows stay behind.
    expect(new Set(selections[0]!.parts)).toEqual(new Set(['id', 'stance', 'statementId', 'actorId', 'targetId', 'evidence', 'provenance', 'note', 'reservation']));
    expect(POSITION_PARTS.filter((part) => !selections[0]!.parts!.includes(part))).toEqual(['targetKind', 'meetingId', 'agendaItemId', 'sortKey']);
  });

  test('a page of ids and stances reads those two fields of each position, and no references', async () => {
    selections.length = 0;
    const { errors } = await postGraphQL(server.url, pageOf('id stance', 98));
    expect(errors).toBeUndefined();
    expect(selections).toEqual([{ actors: false, targets: false, documents: false, parts: ['id', 'stance'] }]);
  });
});
