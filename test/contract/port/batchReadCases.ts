import { beforeAll, describe, expect, test } from 'vitest';
import type { Instrument, LegalPrinciple } from '../../../graph/model/index.js';
import type { GraphBundle, GraphStore } from '../../../graph/store/port.js';
import { headOf } from '../../support/documentHead.js';
import { smallBundle } from '../fixtures/smallBundle.js';

/**
 * The per-parent batch reads (port.ts): one list per parent id in input order, each ordered as
 * its single-parent counterpart. The fixture adds a second meeting whose agenda order differs
 * from id order, and a second level of elements and provisions, so that grouping and ordering
 * both show. Expected answers are computed from the fixture by the port's stated semantics.
 */
export function defineBatchReadCases(storeUnderTest: () => GraphStore): void {
  describe('per-parent batch reads', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = storeUnderTest();
      await store.replaceGraph(bundle);
    });

    const meetingIds = ['owg-2021', 'no-such-meeting', 'hangzhou-2019', 'owg-2021'];

    test('agenda items, participants and attendees of each meeting, in input order', async () => {
      expect(await store.listAgendaItemsByMeetingIds(meetingIds)).toStrictEqual(
        meetingIds.map((id) => bundle.agendaItems.filter((i) => i.meetingId === id).sort((a, b) => a.order - b.order)),
      );
      expect(await store.listParticipationsByMeetingIds(meetingIds)).toStrictEqual(
        meetingIds.map((id) => bundle.participations.filter((p) => p.meetingId === id).sort((a, b) => compare(a.actorId, b.actorId))),
      );
      expect(await store.listAttendancesByMeetingIds(meetingIds)).toStrictEqual(
        meetingIds.map((id) => bundle.attendances.filter((a) => a.meetingId === id).sort((a, b) => compare(a.personId, b.personId))),
      );
    });

    test('the single-meeting reads answer as the batch does for one meeting', async () => {
      for (const id of meetingIds) {
        expect(await store.listAgendaItems(id)).toStrictEqual((await store.listAgendaItemsByMeetingIds([id]))[0]);
        expect(await store.listParticipations(id)).toStrictEqual((await store.listParticipationsByMeetingIds([id]))[0]);
        expect(await store.listAttendances(id)).toStrictEqual((await store.listAttendancesByMeetingIds([id]))[0]);
      }
    });

    test('elements of each principle, provisions of each instrument and the principles enshrined in it, by id', async () => {
      const principleIds = ['sovereignty', 'non-intervention', 'coercion', 'nope', 'sovereignty'];
      expect(await store.listElementsByPrincipleIds(principleIds)).toStrictEqual(
        principleIds.map((id) => byId(bundle.principles.filter((p) => p.elementOfId === id))),
      );
      const instrumentIds = ['un-charter', 'art-2-4', 'tallinn-2', 'nope'];
      expect(await store.listProvisionsByInstrumentIds(instrumentIds)).toStrictEqual(
        instrumentIds.map((id) => byId(bundle.instruments.filter((i) => i.partOfId === id))),
      );
      expect(await store.listPrinciplesByInstrumentIds(instrumentIds)).toStrictEqual(
        instrumentIds.map((id) => byId(bundle.principles.filter((p) => p.enshrinedInIds.includes(id)))),
      );
      // The fixture has each kind of answer: several children, one, none.
      expect((await store.listElementsByPrincipleIds(['sovereignty']))[0]!.map((p) => p.id)).toEqual(['due-diligence', 'territoriality']);
      expect((await store.listPrinciplesByInstrumentIds(['un-charter']))[0]!.map((p) => p.id)).toEqual(['coercion', 'self-defence', 'sovereignty']);
    });

    test('no parents, no query: every batch read answers an empty list', async () => {
      expect(await store.listAgendaItemsByMeetingIds([])).toStrictEqual([]);
      expect(await store.listParticipationsByMeetingIds([])).toStrictEqual([]);
      expect(await store.listAttendancesByMeetingIds([])).toStrictEqual([]);
      expect(await store.listElementsByPrincipleIds([])).toStrictEqual([]);
      expect(await store.listProvisionsByInstrumentIds([])).toStrictEqual([]);
      expect(await store.listPrinciplesByInstrumentIds([])).toStrictEqual([]);
    });

    test('batch reads take 40,000 parent ids, answering as for the few that exist', async () => {
      const unknown = Array.from({ length: 40_000 }, (_, i) => `unknown-${i}`);
      const agenda = await store.listAgendaItemsByMeetingIds([...unknown, 'owg-2021']);
      expect(agenda).toHaveLength(40_001);
      expect(agenda.slice(0, -1).every((list) => list.length === 0)).toBe(true);
      expect(agenda.at(-1)!.map((i) => i.id)).toEqual(['owg-2', 'owg-1']);
      expect((await store.listPrinciplesByInstrumentIds([...unknown, 'art-51'])).at(-1)!.map((p) => p.id)).toEqual(['self-defence']);
    });
  });
}

// Private:

/** smallBundle with a second meeting and deeper elements and provisions. */
const bundle: GraphBundle = {
  ...smallBundle,
  fingerprint: 'fixture-batch-reads',
  meetings: [
    ...smallBundle.meetings,
    { id: 'owg-2021', name: 'Open-ended Working Group 2021', organizationId: 'AALCO', startsOn: '2021-03-08', endsOn: '2021-03-12', place: 'New York' },
  ],
  // Agenda order is the reverse of id order here.
  agendaItems: [
    ...smallBundle.agendaItems,
    { id: 'owg-1', meetingId: 'owg-2021', order: 2, label: 'Item 2', title: 'Norms' },
    { id: 'owg-2', meetingId: 'owg-2021', order: 1, label: 'Item 1', title: 'General debate' },
  ],
  participations: [
    ...smallBundle.participations,
    { meetingId: 'owg-2021', actorId: 'RUS', status: 'MEMBER_STATE' },
    { meetingId: 'owg-2021', actorId: 'CHN', status: 'MEMBER_STATE' },
  ],
  attendances: [
    ...smallBundle.attendances,
    { meetingId: 'owg-2021', personId: 'p-li', role: 'DELEGATE', representsId: 'CHN', affiliation: null },
  ],
  principles: [
    ...smallBundle.principles,
    principle('territoriality', { elementOfId: 'sovereignty', enshrinedInIds: [] }),
    principle('due-diligence', { elementOfId: 'sovereignty', enshrinedInIds: [] }),
    principle('self-defence', { elementOfId: null, enshrinedInIds: ['art-51', 'un-charter'] }),
  ],
  instruments: [...smallBundle.instruments, instrument('art-51', 'un-charter')],
};

function principle(id: string, fields: Pick<LegalPrinciple, 'elementOfId' | 'enshrinedInIds'>): LegalPrinciple {
  return { id, kind: 'PRINCIPLE', name: id, aliases: [], description: null, ...fields };
}

function instrument(id: string, partOfId: string): Instrument {
  return { id, kind: 'INSTRUMENT', name: id, aliases: [], description: null, instrumentType: 'TREATY_PROVISION', partOfId, year: null };
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `listPositionsWithReferences`: the same page as `listPositions`, and exactly the references of its positions. */
export function definePositionReferenceCases(storeUnderTest: () => GraphStore): void {
  describe('a page of positions with its references', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = storeUnderTest();
      await store.replaceGraph(bundle);
    });

    const all = { actors: true, targets: true, documents: true };
    test.each([
      ['the first page', {}, { first: 2, after: null }],
      ['a later page', {}, { first: 3, after: smallBundle.positions.map((p) => p.sortKey).sort()[1]! }],
      ['a filtered page', { actorIds: ['CHN'], stances: ['SUPPORTS' as const] }, { first: 10, after: null }],
      ['an empty page', { actorIds: ['MSFT'] }, { first: 10, after: null }],
    ])('%s: the page of listPositions, and the actors, targets and documents of its positions', async (_, filter, request) => {
      const expected = await store.listPositions(filter, request);
      const { references, ...page } = await store.listPositionsWithReferences(filter, request, all);
      expect(page).toStrictEqual(expected);
      const distinct = (ids: string[]) => [...new Set(ids)].sort();
      expect(references.actors.map((a) => a.id).sort()).toEqual(distinct(expected.items.map((p) => p.actorId)));
      expect(references.targets.map((t) => t.id).sort()).toEqual(distinct(expected.items.map((p) => p.targetId)));
      expect(references.documents.map((d) => d.id).sort()).toEqual(distinct(expected.items.map((p) => p.evidence.documentId)));
      expect(byId(references.actors)).toStrictEqual(await store.getActorsByIds(distinct(expected.items.map((p) => p.actorId))));
      expect(byId(references.targets)).toStrictEqual(await store.getTargetsByIds(distinct(expected.items.map((p) => p.targetId))));
      // Documents come without their texts (DocumentHead): every other field as getDocumentsByIds reads it.
      const documents = await store.getDocumentsByIds(distinct(expected.items.map((p) => p.evidence.documentId)));
      expect(byId(references.documents)).toStrictEqual(documents.map((document) => document && headOf(document)));
    });

    test.each([
      ['one field', ['stance'] as const],
      ['what a page of quotes shows', ['stance', 'actorId', 'targetId', 'evidence'] as const],
      ['the coding', ['provenance', 'note', 'reservation'] as const],
      ['nothing but the identity', [] as const],
      ['the identity named', ['id', 'sortKey'] as const],
    ])('a page narrowed to %s carries exactly those fields, the id and the sort key, as a full read has them', async (_, parts) => {
      const request = { first: 4, after: smallBundle.positions.map((p) => p.sortKey).sort()[0]! };
      const full = await store.listPositions({}, request);
      const { references, ...narrowed } = await store.listPositionsWithReferences({}, request, { ...all, parts });
      const kept = new Set<string>(['id', 'sortKey', ...parts]);
      expect(narrowed.hasNextPage).toBe(full.hasNextPage);
      expect(narrowed.items).toStrictEqual(full.items.map((position) => Object.fromEntries(Object.entries(position).filter(([key]) => kept.has(key)))));
      // The references are those of the whole positions, whichever fields the page carries.
      expect(references.actors.map((a) => a.id).sort()).toEqual([...new Set(full.items.map((p) => p.actorId))].sort());
    });

    test('references not asked for are not read', async () => {
      const { references } = await store.listPositionsWithReferences({}, { first: 5, after: null }, { actors: false, targets: true, documents: false });
      expect(references.actors).toStrictEqual([]);
      expect(references.documents).toStrictEqual([]);
      expect(references.targets.length).toBeGreaterThan(0);
    });
  });
}
