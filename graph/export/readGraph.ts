import type {
  Actor,
  AgendaItem,
  Document,
  Meeting,
  Participation,
  Position,
  Statement,
  Target,
} from '../model/index.js';
import type { GraphStore, PositionFilter } from '../store/port.js';

/** What an export holds: a scope of the graph, read through the store port. */
export interface ExportGraph {
  /** The store's graph version when read (`GraphStore.getGraphVersion`). */
  readonly graphVersion: string;
  /** Meeting (or dataset) ids the export is limited to; empty: the whole graph. */
  readonly scope: readonly string[];
  readonly exportedAt: string;
  readonly actors: readonly Actor[];
  readonly targets: readonly Target[];
  readonly meetings: readonly Meeting[];
  readonly agendaItems: readonly AgendaItem[];
  readonly participations: readonly Participation[];
  readonly documents: readonly Document[];
  readonly statements: readonly Statement[];
  readonly positions: readonly Position[];
}

const PAGE = 500;

/**
 * Reads the graph, or the meetings/datasets in `meetingIds`, with keyset paging, so an export of
 * 300,000 positions never asks for one unbounded list. The catalog (actors, targets) is whole:
 * an export must resolve every id it names.
 */
export async function readGraph(store: GraphStore, options: { meetingIds?: readonly string[]; now?: Date } = {}): Promise<ExportGraph> {
  const scope = [...(options.meetingIds ?? [])].sort();
  const graphVersion = await store.getGraphVersion();
  const [actors, targets, allMeetings, allDocuments] = await Promise.all([
    store.listActors({}),
    store.listTargets({}),
    store.listMeetings(),
    store.listDocuments(),
  ]);
  const meetings = scope.length === 0 ? allMeetings : allMeetings.filter((m) => scope.includes(m.id));
  // One batched read each (UNWIND on Neo4j): a read per meeting would take hundreds of connections.
  const meetingIds = meetings.map((m) => m.id);
  const agendaItems = (await store.listAgendaItemsByMeetingIds(meetingIds)).flat();
  const participations = (await store.listParticipationsByMeetingIds(meetingIds)).flat();
  const filter: PositionFilter = scope.length === 0 ? {} : { meetingIds: scope };
  const statements: Statement[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listStatements(filter, { first: PAGE, after });
    statements.push(...page.items);
    if (!page.hasNextPage) break;
    after = page.items[page.items.length - 1]!.sortKey;
  }
  const positions: Position[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listPositions(filter, { first: PAGE, after });
    positions.push(...page.items);
    if (!page.hasNextPage) break;
    after = page.items[page.items.length - 1]!.sortKey;
  }
  const documentIds = new Set([...statements.map((s) => s.documentId), ...positions.map((p) => p.evidence.documentId)]);
  const documents = scope.length === 0 ? allDocuments : allDocuments.filter((d) => documentIds.has(d.id) || scope.includes(d.meetingId));
  return {
    graphVersion,
    scope,
    exportedAt: (options.now ?? new Date()).toISOString(),
    actors,
    targets,
    meetings,
    agendaItems,
    participations,
    documents,
    statements,
    positions,
  };
}
