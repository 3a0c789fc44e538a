import type { GraphCatalog } from './port.js';

/**
 * Ownership of catalog entries, the rule both stores keep (port.ts DocumentWrite.catalog): an
 * entry is owned by the shared catalog and/or by documents; an entry with no owner left is dropped
 * once nothing stored refers to it. This file names the owners and the entries' keys.
 */

/** The shared catalog as an owner. Ids never start with `*` (graph/model/entities.ts), so no document id clashes. */
export const CATALOG_OWNER = '*catalog';

export type CatalogKind = 'actor' | 'person' | 'meeting' | 'agendaItem' | 'participation' | 'attendance' | 'target';

export interface CatalogKey {
  readonly kind: CatalogKind;
  /** The entry's id; for a participation or attendance, the meeting id and the actor or person id, space-separated. */
  readonly key: string;
}

/** The keys of every entry in `catalog`. */
export function catalogKeysOf(catalog: Partial<GraphCatalog>): CatalogKey[] {
  const ids = (kind: CatalogKind, items: readonly { id: string }[] | undefined) => (items ?? []).map((item) => ({ kind, key: item.id }));
  return [
    ...ids('actor', catalog.actors),
    ...ids('person', catalog.persons),
    ...ids('meeting', catalog.meetings),
    ...ids('agendaItem', catalog.agendaItems),
    ...(catalog.participations ?? []).map((p) => ({ kind: 'participation' as const, key: pairKey(p.meetingId, p.actorId) })),
    ...(catalog.attendances ?? []).map((a) => ({ kind: 'attendance' as const, key: pairKey(a.meetingId, a.personId) })),
    ...ids('target', catalog.principles),
    ...ids('target', catalog.instruments),
    ...ids('target', catalog.proposals),
    ...ids('target', catalog.questions),
  ];
}

/**
 * `catalog` without the entries whose `kind key` is in `kept`: what a document write upserts when
 * those entries are already owned by the catalog or another document. The curated catalog's
 * content wins over a document's copy, and the first document to bring an entry keeps its
 * content; the later writer only adds itself as an owner.
 */
export function withoutEntries(catalog: Partial<GraphCatalog>, kept: ReadonlySet<string>): Partial<GraphCatalog> {
  if (kept.size === 0) return catalog;
  const free = <T>(kind: CatalogKind, items: readonly T[] | undefined, key: (item: T) => string) =>
    (items ?? []).filter((item) => !kept.has(`${kind} ${key(item)}`));
  const id = (item: { id: string }) => item.id;
  return {
    actors: free('actor', catalog.actors, id),
    persons: free('person', catalog.persons, id),
    meetings: free('meeting', catalog.meetings, id),
    agendaItems: free('agendaItem', catalog.agendaItems, id),
    participations: free('participation', catalog.participations, (p) => pairKey(p.meetingId, p.actorId)),
    attendances: free('attendance', catalog.attendances, (a) => pairKey(a.meetingId, a.personId)),
    principles: free('target', catalog.principles, id),
    instruments: free('target', catalog.instruments, id),
    proposals: free('target', catalog.proposals, id),
  };
}

export function pairKey(meetingId: string, otherId: string): string {
  return `${meetingId} ${otherId}`;
}
