import { describe, expect, test } from 'vitest';
import { postGraphQL } from '../support/graphqlClient.js';
import { useSeededServer } from '../support/seededServer.js';

const POSITIONS_QUERY = /* GraphQL */ `
  query Positions($first: Int!, $after: String) {
    positions(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node {
        stance
        actor { id name kind isoCode }
        target { id name kind }
        evidence { quote start end document { id } }
      } }
    }
  }
`;

const seeded = useSeededServer();

describe('GraphQL over HTTP on the embedded store', () => {
  test('the positions query walks every curated position with a verbatim quote', async () => {
    const text = Array.from(seeded().bundle.documents[0]!.text);
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors } = await postGraphQL(seeded().server.url, POSITIONS_QUERY, { first: 37, after });
      expect(errors).toBeUndefined();
      seen.push(...data.positions.edges.map((edge: any) => edge.node));
      if (!data.positions.pageInfo.hasNextPage) break;
      after = data.positions.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(seeded().bundle.positions.length);
    for (const node of seen) {
      expect(text.slice(node.evidence.start, node.evidence.end).join('')).toBe(node.evidence.quote);
      expect(['PRINCIPLE', 'INSTRUMENT', 'PROPOSAL', 'QUESTION']).toContain(node.target.kind);
    }
    const japan = seen.find((node) => node.actor.id === 'JPN');
    expect(japan.actor).toEqual({ id: 'JPN', name: 'Japan', kind: 'STATE', isoCode: 'JPN' });
  });

  test("positions per agenda item: each item's totalCount under the same filter, in one answer", async () => {
    const filter = { actorIds: ['CHN', 'JPN'], provenance: ['CURATED'] };
    const { data, errors } = await postGraphQL(
      seeded().server.url,
      `query($filter: PositionFilter) { positionCountsByAgendaItem(filter: $filter) { agendaItem { id meeting { id } } positions } }`,
      { filter },
    );
    expect(errors).toBeUndefined();
    const items = seeded().bundle.agendaItems.map((item) => item.id).sort();
    const expected = [];
    for (const id of items) {
      const { data: one } = await postGraphQL(seeded().server.url, `query($filter: PositionFilter) { positions(filter: $filter) { totalCount } }`, {
        filter: { ...filter, agendaItemIds: [id] },
      });
      if (one.positions.totalCount > 0) expected.push({ id, positions: one.positions.totalCount });
    }
    expect(expected.length).toBeGreaterThan(1);
    expect(data.positionCountsByAgendaItem.map((c: any) => ({ id: c.agendaItem.id, positions: c.positions }))).toEqual(expected);
  });

  test('statements filter by actor and agenda item', async () => {
    const { data } = await postGraphQL(
      seeded().server.url,
      `query($filter: StatementFilter) { statements(first: 100, filter: $filter) {
        totalCount edges { node { actor { id } agendaItem { id } text } } } }`,
      { filter: { actorIds: ['JPN'] } },
    );
    const expected = seeded().bundle.statements.filter((s) => s.actorId === 'JPN');
    expect(data.statements.totalCount).toBe(expected.length);
    expect(data.statements.edges.map((e: any) => e.node.text)).toEqual(expected.map((s) => s.text));
  });

  test('statements filter by target and stance', async () => {
    const sample = seeded().bundle.positions.find((p) => p.stance === 'OPPOSES')!;
    const { data } = await postGraphQL(
      seeded().server.url,
      `query($filter: StatementFilter) { statements(first: 100, filter: $filter) { edges { node { id positions { targetId: target { id } stance } } } } }`,
      { filter: { targetIds: [sample.targetId], stances: ['OPPOSES'] } },
    );
    const ids = data.statements.edges.map((e: any) => e.node.id);
    const expected = [...new Set(seeded().bundle.positions.filter((p) => p.targetId === sample.targetId && p.stance === 'OPPOSES').map((p) => p.statementId))];
    expect(ids.sort()).toEqual(expected.sort());
  });

  test('search finds statements by words, in document order', async () => {
    const { data } = await postGraphQL(seeded().server.url, `{ search(query: "coercion", first: 50) { totalCount edges { node { id text } } } }`);
    expect(data.search.totalCount).toBeGreaterThan(0);
    for (const edge of data.search.edges) expect(edge.node.text.toLowerCase()).toContain('coercion');
  });

  test('targets finds principles and instruments by alias', async () => {
    const { data } = await postGraphQL(seeded().server.url, `{ targets(query: "non-interference") { id kind } }`);
    expect(data.targets.map((t: any) => t.id)).toContain('non-intervention');
  });

  test('consensus lists the actors on each side of a target', async () => {
    const { data, errors } = await postGraphQL(
      seeded().server.url,
      `{ consensus(targetId: "budapest-convention") { target { id } sides { stance actors { id } positions { evidence { quote } } } } }`,
    );
    expect(errors).toBeUndefined();
    const side = (stance: string) => data.consensus.sides.find((s: any) => s.stance === stance).actors.map((a: any) => a.id);
    expect(side('SUPPORTS')).toContain('JPN');
    expect(side('OPPOSES')).toContain('CHN');
  });

  test('meetings list their agenda items in order and their participants', async () => {
    const { data } = await postGraphQL(
      seeded().server.url,
      `{ meetings { id agendaItems { order label } participants { actor { id } status } } }`,
    );
    const [meeting] = data.meetings;
    expect(meeting.agendaItems.map((a: any) => a.order)).toEqual(meeting.agendaItems.map((_: any, i: number) => i + 1));
    expect(meeting.participants.filter((p: any) => p.status === 'MEMBER_STATE')).toHaveLength(10);
  });

  test.each([
    ['a page larger than the cap', `{ positions(first: 1000) { totalCount } }`, 'first'],
    ['a page of zero', `{ positions(first: 0) { totalCount } }`, 'first'],
    ['a cursor this API never gave', `{ positions(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }`, 'after'],
    ['an unknown actor in a filter', `{ positions(filter: { actorIds: ["CHN2"] }) { totalCount } }`, 'filter.actorIds'],
    ['an unknown target for consensus', `{ consensus(targetId: "sovereignity") { target { id } } }`, 'targetId'],
    ['a search with no words', `{ search(query: "  ** ") { totalCount } }`, 'query'],
    ['an unknown actor in a count per agenda item', `{ positionCountsByAgendaItem(filter: { actorIds: ["CHN2"] }) { positions } }`, 'filter.actorIds'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    const { errors } = await postGraphQL(seeded().server.url, query);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
