import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, type GraphBundle, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * A field asked of every item of a list costs one store call for the whole list, not one per item
 * (server/schema/loaders.ts: a DataLoader per request over the port's batch reads). The store is
 * the real embedded one, passed through a proxy that records each call it receives.
 */

let server: RunningServer;
let store: GraphStore;
let bundle: GraphBundle;
let data: Awaited<ReturnType<typeof tempDataDir>>;
const calls: string[] = [];

beforeAll(async () => {
  data = await tempDataDir();
  const seeds = await loadSeeds({ seedsDir: SEEDS_DIR });
  bundle = withMoreMeetings(seeds, 4);
  const real = createSqliteStore({ dataDir: data.dir });
  await real.replaceGraph(bundle);
  store = recordingCalls(real, calls);
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await data?.remove();
});

/**
 * The store calls one request makes, leaving aside the two reads every request may make whatever
 * it asks: the graph version (analysis cache) and the counts the cost limit prices lists with.
 */
async function storeCallsOf(query: string): Promise<{ data: any; calls: string[] }> {
  calls.length = 0;
  const { data: answer, errors } = await postGraphQL(server.url, query);
  expect(errors).toBeUndefined();
  return { data: answer, calls: calls.filter((method) => method !== 'getGraphVersion' && method !== 'countGraph').sort() };
}

describe('fields of every item of a list are read in one batch', () => {
  test('{ principles { elements { id } } } reads the principles, then every principle\'s elements in one call', async () => {
    const { data: answer, calls: made } = await storeCallsOf('{ principles { id elements { id } } }');
    expect(answer.principles).toHaveLength(bundle.principles.length);
    expect(bundle.principles.length).toBeGreaterThan(10);
    expect(made).toEqual(['listElementsByPrincipleIds', 'listPrinciples']);
    const coercion = answer.principles.find((p: any) => bundle.principles.some((q) => q.elementOfId === p.id));
    expect(coercion.elements.map((e: any) => e.id)).toEqual(
      bundle.principles.filter((q) => q.elementOfId === coercion.id).map((q) => q.id).sort(),
    );
  });

  test('instruments with their provisions and the principles they enshrine: one call per field', async () => {
    const { data: answer, calls: made } = await storeCallsOf('{ instruments { id provisions { id } enshrines { id } } }');
    expect(answer.instruments).toHaveLength(bundle.instruments.length);
    expect(made).toEqual(['listInstruments', 'listPrinciplesByInstrumentIds', 'listProvisionsByInstrumentIds']);
  });

  test('a page of positions with actor, target and evidence document (the main query) is one store call', async () => {
    const { data: answer, calls: made } = await storeCallsOf(
      '{ positions(first: 50) { edges { node { id actor { id name } target { id name } evidence { quote document { id title } } } } } }',
    );
    expect(answer.positions.edges).toHaveLength(Math.min(50, bundle.positions.length));
    expect(made).toEqual(['listPositionsWithReferences']);
    const first = bundle.positions.slice().sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))[0]!;
    expect(answer.positions.edges[0].node.actor.id).toBe(first.actorId);
    expect(answer.positions.edges[0].node.evidence.document.id).toBe(first.evidence.documentId);
  });

  test("a page that asks for its documents' texts reads them in one more call, and serves them whole", async () => {
    const { data: answer, calls: made } = await storeCallsOf(
      '{ positions(first: 50) { edges { node { evidence { start end quote document { id length text } } } } } }',
    );
    expect(made).toEqual(['getDocumentsByIds', 'listPositionsWithReferences']);
    for (const { node } of answer.positions.edges) {
      const document = bundle.documents.find((d) => d.id === node.evidence.document.id)!;
      expect(node.evidence.document.text).toBe(document.text);
      expect(node.evidence.document.length).toBe(Array.from(document.text).length);
      expect(Array.from(document.text).slice(node.evidence.start, node.evidence.end).join('')).toBe(node.evidence.quote);
    }
  });

  test('the document list reads no text unless asked for one, then every text in one call', async () => {
    const heads = await storeCallsOf('{ documents { id title date } meetings { documents { id } } }');
    expect(heads.calls).toEqual(['listDocumentHeads', 'listMeetings']);
    expect(heads.data.documents.map((d: any) => d.id)).toEqual(bundle.documents.map((d) => d.id).sort());
    const texts = await storeCallsOf('{ documents { id length text } }');
    expect(texts.calls).toEqual(['getDocumentsByIds', 'listDocumentHeads']);
    for (const document of bundle.documents) {
      const served = texts.data.documents.find((d: any) => d.id === document.id);
      expect(served.text).toBe(document.text);
      expect(served.length).toBe(Array.from(document.text).length);
    }
  });

  test('a filter naming documents checks them without reading their texts', async () => {
    const documentId = bundle.documents[0]!.id;
    const { data: answer, calls: made } = await storeCallsOf(
      `{ positions(first: 1, filter: { documentIds: [${JSON.stringify(documentId)}], sourceDocumentIds: [${JSON.stringify(documentId)}] }) { totalCount } }`,
    );
    const sourceOf = (p: GraphBundle['positions'][number]) => bundle.statements.find((s) => s.id === p.statementId)!.documentId;
    const expected = bundle.positions.filter((p) => p.evidence.documentId === documentId && sourceOf(p) === documentId);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.positions.totalCount).toBe(expected.length);
    expect(made.filter((method) => method.startsWith('getDocument'))).toEqual(['getDocumentHeadsByIds']);
  });

  test('meetings with agenda, participants and attendees: one call per field, however many meetings', async () => {
    const { data: answer, calls: made } = await storeCallsOf(
      '{ meetings { id agendaItems { id } participants { actor { id } } attendees { person { id } represents { id } } } }',
    );
    expect(answer.meetings).toHaveLength(bundle.meetings.length);
    expect(bundle.meetings.length).toBe(5);
    expect(made).toEqual([
      'getActorsByIds',
      'getPersonsByIds',
      'listAgendaItemsByMeetingIds',
      'listAttendancesByMeetingIds',
      'listMeetings',
      'listParticipationsByMeetingIds',
    ]);
    for (const meeting of answer.meetings) {
      expect(meeting.agendaItems.map((i: any) => i.id)).toEqual(
        bundle.agendaItems.filter((i) => i.meetingId === meeting.id).sort((a, b) => a.order - b.order).map((i) => i.id),
      );
      expect(meeting.participants).toHaveLength(bundle.participations.filter((p) => p.meetingId === meeting.id).length);
    }
  });
});

// Private:

/** The store with each method call's name pushed onto `calls` before it runs. */
function recordingCalls(store: GraphStore, calls: string[]): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(property);
        return value.apply(target, args);
      };
    },
  });
}

/** The seeds plus `count` copies of their meeting's catalog (agenda, participants, attendees) under new ids. */
function withMoreMeetings(seeds: GraphBundle, count: number): GraphBundle {
  const [meeting] = seeds.meetings;
  const copies = Array.from({ length: count }, (_, i) => `${meeting!.id}-copy-${i + 1}`);
  return {
    ...seeds,
    fingerprint: `${seeds.fingerprint}+${count}-meetings`,
    meetings: [...seeds.meetings, ...copies.map((id) => ({ ...meeting!, id }))],
    agendaItems: [
      ...seeds.agendaItems,
      ...copies.flatMap((id) => seeds.agendaItems.filter((i) => i.meetingId === meeting!.id).map((i) => ({ ...i, id: `${id}/${i.id}`, meetingId: id }))),
    ],
    participations: [
      ...seeds.participations,
      ...copies.flatMap((id) => seeds.participations.filter((p) => p.meetingId === meeting!.id).map((p) => ({ ...p, meetingId: id }))),
    ],
    attendances: [
      ...seeds.attendances,
      ...copies.flatMap((id) => seeds.attendances.filter((a) => a.meetingId === meeting!.id).map((a) => ({ ...a, meetingId: id }))),
    ],
  };
}
