import { beforeAll, describe, expect, test } from 'vitest';
import type { Position, Statement } from '../../../graph/model/index.js';
import { matchesSearchTerms, normalizeForMatch, parseSearchQuery, searchTextOf } from '../../../graph/model/index.js';
import type { GraphStore, PositionFilter, StatementFilter } from '../../../graph/store/port.js';
import { headOf } from '../../support/documentHead.js';
import { smallBundle as bundle } from '../fixtures/smallBundle.js';

/**
 * Reads against a loaded fixture. Expected answers come from the fixture itself through the
 * port's stated semantics (and graph/model's matching functions), compared with toStrictEqual so
 * that a stray `undefined`, a missing key or an Integer object fails.
 */
export function defineReadCases(storeUnderTest: () => GraphStore): void {
  describe('reads', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = storeUnderTest();
      await store.replaceGraph(bundle);
    });

    test('get*ByIds answer every kind exactly as loaded, in input order, null for unknown ids', async () => {
      expect(await store.getActorsByIds(['RUS', 'nope', 'CHN', 'RUS'])).toStrictEqual([
        byId(bundle.actors, 'RUS'),
        null,
        byId(bundle.actors, 'CHN'),
        byId(bundle.actors, 'RUS'),
      ]);
      expect(await store.getPersonsByIds(bundle.persons.map((p) => p.id))).toStrictEqual(bundle.persons);
      const targets = [...bundle.principles, ...bundle.instruments, ...bundle.proposals];
      expect(await store.getTargetsByIds(targets.map((t) => t.id))).toStrictEqual(targets);
      expect(await store.getStatementsByIds(bundle.statements.map((s) => s.id))).toStrictEqual(bundle.statements);
      const statementIds = ['nope', ...bundle.statements.map((s) => s.id).reverse()];
      expect(await store.getStatementSourcesByIds(statementIds)).toStrictEqual(
        statementIds.map((id) => bundle.statements.find((s) => s.id === id) ?? null).map((s) => s && { id: s.id, documentId: s.documentId }),
      );
      expect(await store.getPositionsByIds(bundle.positions.map((p) => p.id))).toStrictEqual(bundle.positions);
      expect(await store.getDocumentsByIds(['hz-report'])).toStrictEqual(bundle.documents);
      const report = headOf(bundle.documents[0]!);
      expect(await store.getDocumentHeadsByIds(['nope', 'hz-report', 'hz-report'])).toStrictEqual([null, report, report]);
      expect(await store.getMeetingsByIds(['hangzhou-2019'])).toStrictEqual(bundle.meetings);
      expect(await store.getAgendaItemsByIds(['hz-2', 'hz-1'])).toStrictEqual([bundle.agendaItems[1], bundle.agendaItems[0]]);
      expect(await store.getActorsByIds([])).toStrictEqual([]);
    });

    test('catalog lists are ordered by id', async () => {
      expect(await store.listActors({})).toStrictEqual(sortById(bundle.actors));
      expect(await store.listTargets({})).toStrictEqual(sortById([...bundle.principles, ...bundle.instruments, ...bundle.proposals]));
      expect(await store.listTargets({ kinds: ['PROPOSAL', 'PRINCIPLE'] })).toStrictEqual(sortById([...bundle.principles, ...bundle.proposals]));
      expect(await store.listPrinciples()).toStrictEqual(sortById(bundle.principles));
      expect(await store.listInstruments()).toStrictEqual(sortById(bundle.instruments));
      expect(await store.listProposals()).toStrictEqual(sortById(bundle.proposals));
      expect(await store.listMeetings()).toStrictEqual(bundle.meetings);
      expect(await store.listDocuments()).toStrictEqual(bundle.documents);
      expect(await store.listDocumentHeads()).toStrictEqual(bundle.documents.map(headOf));
    });

    test('a meeting lists its agenda in order, its participants by actor, its attendees by person', async () => {
      expect(await store.listAgendaItems('hangzhou-2019')).toStrictEqual(bundle.agendaItems);
      expect(await store.listParticipations('hangzhou-2019')).toStrictEqual(bundle.participations);
      expect(await store.listAttendances('hangzhou-2019')).toStrictEqual(bundle.attendances);
      expect(await store.listAgendaItems('no-such-meeting')).toStrictEqual([]);
    });

    test('listActors filters by kind and by meeting taken part in', async () => {
      expect((await store.listActors({ kinds: ['STATE'] })).map((a) => a.id)).toEqual(['CHN', 'RUS']);
      expect((await store.listActors({ meetingIds: ['hangzhou-2019'] })).map((a) => a.id)).toEqual(['AALCO', 'CHN', 'RUS']);
      expect((await store.listActors({ kinds: ['COMPANY'], meetingIds: ['hangzhou-2019'] })).map((a) => a.id)).toEqual([]);
      expect((await store.listActors({ kinds: [], meetingIds: [] })).map((a) => a.id)).toEqual(['AALCO', 'CHN', 'MSFT', 'RUS']);
    });

    test.each([
      ['charter', {}],
      ['UN CHARTER', { kinds: ['INSTRUMENT'] as const }],
      ['souverainete', {}],
      ['working group', { kinds: ['PROPOSAL'] as const }],
      ['2(4', {}],
      ['', {}],
      ['absent', {}],
    ])('findTargets(%j) matches name or alias after normalizeForMatch', async (query, filter) => {
      const needle = normalizeForMatch(query);
      const expected = sortById([...bundle.principles, ...bundle.instruments, ...bundle.proposals]).filter(
        (t) =>
          (!('kinds' in filter) || (filter.kinds as readonly string[]).includes(t.kind)) &&
          [t.name, ...t.aliases].some((name) => normalizeForMatch(name).includes(needle)),
      );
      expect(await store.findTargets(query, filter)).toStrictEqual(expected);
    });

    test.each<[string, PositionFilter]>([
      ['no filter', {}],
      ['empty lists', { actorIds: [], stances: [] }],
      ['actor', { actorIds: ['CHN'] }],
      ['actor kind', { actorKinds: ['ORGANIZATION'] }],
      ['target and stance', { targetKinds: ['INSTRUMENT'], stances: ['SUPPORTS', 'QUERIES'] }],
      ['agenda item and document', { agendaItemIds: ['hz-1'], documentIds: ['hz-report'] }],
      ['statement', { statementIds: ['st-rus-1'] }],
      ['meeting and target', { meetingIds: ['hangzhou-2019'], targetIds: ['sovereignty', 'prop-wg'] }],
      ['source document and tier', { sourceDocumentIds: ['hz-report'], sourceTiers: ['OFFICIAL_RECORD', 'SECONDARY'] }],
      ['a tier no source has', { sourceTiers: ['SECONDARY'] }],
      ['a source document not held', { sourceDocumentIds: ['nope'], actorIds: ['CHN'] }],
    ])('listPositions pages through %s in sort-key order, two at a time', async (_, filter) => {
      const expected = bundle.positions.filter((p) => positionMatches(p, filter)).sort(bySortKey);
      expect(await pageThrough((after) => store.listPositions(filter, { first: 2, after }))).toStrictEqual(expected);
      expect(await store.countPositions(filter)).toBe(expected.length);
      const perAgendaItem = new Map<string, number>();
      for (const p of expected) perAgendaItem.set(p.agendaItemId, (perAgendaItem.get(p.agendaItemId) ?? 0) + 1);
      expect(await store.countPositionsByAgendaItem(filter)).toStrictEqual(
        [...perAgendaItem].sort(([a], [b]) => (a < b ? -1 : 1)).map(([agendaItemId, positions]) => ({ agendaItemId, positions })),
      );
    });

    test.each<[string, StatementFilter]>([
      ['no filter', {}],
      ['actor', { actorIds: ['CHN'] }],
      ['agenda item', { agendaItemIds: ['hz-2'], meetingIds: ['hangzhou-2019'], documentIds: ['hz-report'] }],
      ['a target', { targetIds: ['tallinn-2'] }],
      ['target and stance on the same position', { targetIds: ['tallinn-2'], stances: ['SUPPORTS'] }],
      ['stance', { stances: ['SUPPORTS'] }],
      ["words with an apostrophe (People's)", { textTerms: parseSearchQuery("People's republic") }],
      ['a prefix', { textTerms: parseSearchQuery('cyber*') }],
      ['a prefix and an actor', { textTerms: parseSearchQuery('cyber*'), actorIds: ['CHN'] }],
      ['an accented word', { textTerms: parseSearchQuery('DÉCISION') }],
      ['a digit', { textTerms: parseSearchQuery('2') }],
      ['a word not there', { textTerms: parseSearchQuery('bananas') }],
      ['a partial word without *', { textTerms: parseSearchQuery('cyber') }],
    ])('listStatements pages through %s in sort-key order, one at a time', async (_, filter) => {
      const expected = bundle.statements.filter((s) => statementMatches(s, filter)).sort(bySortKey);
      expect(await pageThrough((after) => store.listStatements(filter, { first: 1, after }))).toStrictEqual(expected);
      expect(await store.countStatements(filter)).toBe(expected.length);
    });

    test('a page reports hasNextPage only when more items follow', async () => {
      const all = [...bundle.positions].sort(bySortKey);
      const full = await store.listPositions({}, { first: all.length, after: null });
      expect(full).toStrictEqual({ items: all, hasNextPage: false });
      const short = await store.listPositions({}, { first: all.length - 1, after: null });
      expect(short.hasNextPage).toBe(true);
      const last = await store.listPositions({}, { first: 5, after: all.at(-1)!.sortKey });
      expect(last).toStrictEqual({ items: [], hasNextPage: false });
    });

    test('listPositionsByStatementIds answers per statement in input order, each list by sort key', async () => {
      const lists = await store.listPositionsByStatementIds(['st-rus-1', 'nope', 'st-chn-1']);
      expect(lists).toStrictEqual([
        bundle.positions.filter((p) => p.statementId === 'st-rus-1').sort(bySortKey),
        [],
        bundle.positions.filter((p) => p.statementId === 'st-chn-1').sort(bySortKey),
      ]);
    });
  });
}

// Reference semantics of port.ts filters, over the fixture.

function positionMatches(p: Position, f: PositionFilter): boolean {
  const actorKind = bundle.actors.find((a) => a.id === p.actorId)!.kind;
  // A position's source is its statement's document (port.ts PositionFilter.sourceDocumentIds).
  const statement = bundle.statements.find((s) => s.id === p.statementId)!;
  const source = bundle.documents.find((d) => d.id === statement.documentId)!;
  return (
    within(f.actorIds, p.actorId) &&
    within(f.actorKinds, actorKind) &&
    within(f.targetIds, p.targetId) &&
    within(f.targetKinds, p.targetKind) &&
    within(f.stances, p.stance) &&
    within(f.meetingIds, p.meetingId) &&
    within(f.agendaItemIds, p.agendaItemId) &&
    within(f.documentIds, p.evidence.documentId) &&
    within(f.statementIds, p.statementId) &&
    within(f.sourceDocumentIds, source.id) &&
    within(f.sourceTiers, source.reliability)
  );
}

function statementMatches(s: Statement, f: StatementFilter): boolean {
  const onPosition =
    !f.targetIds?.length && !f.stances?.length
      ? true
      : bundle.positions.some((p) => p.statementId === s.id && within(f.targetIds, p.targetId) && within(f.stances, p.stance));
  return (
    within(f.actorIds, s.actorId) &&
    within(f.meetingIds, s.meetingId) &&
    within(f.agendaItemIds, s.agendaItemId) &&
    within(f.documentIds, s.documentId) &&
    onPosition &&
    (!f.textTerms?.length || matchesSearchTerms(searchTextOf(s.text), f.textTerms))
  );
}

function within<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value);
}

async function pageThrough<T extends { sortKey: string }>(
  fetch: (after: string | null) => Promise<{ items: readonly T[]; hasNextPage: boolean }>,
): Promise<T[]> {
  const seen: T[] = [];
  for (let after: string | null = null, guard = 0; guard < 100; guard++) {
    const page = await fetch(after);
    seen.push(...page.items);
    if (!page.hasNextPage) return seen;
    after = page.items.at(-1)!.sortKey;
  }
  throw new Error('pageThrough: more than 100 pages');
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  return items.find((item) => item.id === id)!;
}

function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function bySortKey(a: { sortKey: string }, b: { sortKey: string }): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}
