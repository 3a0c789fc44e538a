import type { SyntheticGraph } from './generateGraph.js';

/**
 * Answers the explorer's start-up operations from a synthetic graph, by operation name, so the
 * benchmark measures the page (mapping, rendering, layout) at a size the seeds cannot reach. A
 * stand-in for the server in a benchmark only: the tests run the real one. `StanceCells` (builds
 * before 30 Nov 2026, late evening: `--dist`) is answered as the API's `stanceMatrix` answers it: one
 * cell per actor and target, counted per stance; `StanceColumns` as `stanceColumns` answers it: those
 * cells in columns (server/schema/stanceColumnsOf.ts).
 */
export function answerGraphQL(graph: SyntheticGraph, body: { operationName?: string; variables?: Record<string, unknown> }): unknown {
  switch (body.operationName) {
    case 'Catalog':
      return {
        data: {
          actors: graph.actors,
          principles: graph.targets.filter((t) => t.kind === 'PRINCIPLE').map((t) => ({ ...t, elementOf: null, enshrinedIn: [] })),
          instruments: graph.targets.filter((t) => t.kind === 'INSTRUMENT').map((t) => ({ ...t, instrumentType: 'TREATY', year: null, partOf: null })),
          proposals: graph.targets.filter((t) => t.kind === 'PROPOSAL').map((t) => ({ ...t, decision: null })),
          questions: [],
          meetings: [{ id: 'bench-meeting', name: 'Benchmark meeting', startsOn: '2020-01-01', agendaItems: graph.agendaItems }],
          documents: [],
        },
      };
    case 'StanceCells': {
      const scope = body.variables?.scope as { agendaItemIds?: string[] } | null | undefined;
      return { data: { stanceMatrix: stanceMatrixOf(graph, scope?.agendaItemIds ?? []) } };
    }
    case 'StanceColumns': {
      // The explorer since 30 Nov 2026 (late evening): the API's stanceColumns, the same cells in columns.
      const scope = body.variables?.scope as { agendaItemIds?: string[] } | null | undefined;
      return { data: { stanceColumns: columnsOf(stanceMatrixOf(graph, scope?.agendaItemIds ?? [])) } };
    }
    case 'AgendaItemPositionCounts': {
      // The explorer since 1 Dec 2026: one grouped count (positionCountsByAgendaItem).
      const counts = [...positionsPerAgendaItem(graph)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, positions]) => ({ agendaItem: { id }, positions }));
      return { data: { positionCountsByAgendaItem: counts } };
    }
    case 'AgendaItemCounts': {
      // Older builds (--dist): aliased totalCounts, 30 to a request.
      const perItem = positionsPerAgendaItem(graph);
      const variables = body.variables ?? {};
      const aliases = Object.keys(variables).filter((name) => /^id\d+$/.test(name));
      return { data: Object.fromEntries(aliases.map((name) => [`c${name.slice(2)}`, { totalCount: perItem.get(String(variables[name])) ?? 0 }])) };
    }
    case 'ProvenanceCounts':
      // Every synthetic position is curated: the Provenance filter group stays away, as on a curated corpus.
      return { data: { CURATED: { totalCount: graph.positions.length }, IMPORTED: { totalCount: 0 }, EXTRACTED: { totalCount: 0 } } };
    case 'AnalysisSchema':
      return { data: { query: { fields: [] }, consensus: { fields: [] } } };
    default:
      return { errors: [{ message: `The benchmark does not answer ${body.operationName ?? 'anonymous operations'}`, extensions: { code: 'BAD_USER_INPUT' } }] };
  }
}

// Private:

/** How many of the graph's positions each agenda item holds. */
function positionsPerAgendaItem(graph: SyntheticGraph): Map<string, number> {
  const perItem = new Map<string, number>();
  for (const p of graph.positions) perItem.set(p.agendaItemId, (perItem.get(p.agendaItemId) ?? 0) + 1);
  return perItem;
}

const STANCE_ORDER = ['SUPPORTS', 'OPPOSES', 'QUALIFIES', 'QUERIES'];

/** Cells by target id then actor id, stances in STANCES order, as graph/analysis/stanceMatrix.ts orders them. */
function stanceMatrixOf(graph: SyntheticGraph, agendaItemIds: readonly string[]) {
  const items = agendaItemIds.length > 0 ? new Set(agendaItemIds) : null;
  const cells = new Map<string, { actorId: string; targetId: string; stances: Map<string, { positions: number; statements: Set<string> }> }>();
  for (const p of graph.positions) {
    if (items && !items.has(p.agendaItemId)) continue;
    const key = `${p.targetId} ${p.actorId}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { actorId: p.actorId, targetId: p.targetId, stances: new Map() }));
    let count = cell.stances.get(p.stance);
    if (!count) cell.stances.set(p.stance, (count = { positions: 0, statements: new Set() }));
    count.positions += 1;
    count.statements.add(p.statementId);
  }
  return [...cells.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, cell]) => ({
      actor: { id: cell.actorId },
      target: { id: cell.targetId },
      byStance: STANCE_ORDER.filter((s) => cell.stances.has(s)).map((stance) => ({ stance, positions: cell.stances.get(stance)!.positions, statements: cell.stances.get(stance)!.statements.size })),
    }));
}

/** The cells in columns, as server/schema/stanceColumnsOf.ts writes them: ids once, every stance's counts per cell. */
function columnsOf(cells: ReturnType<typeof stanceMatrixOf>) {
  const actorIds = [...new Set(cells.map((cell) => cell.actor.id))];
  const targetIds = [...new Set(cells.map((cell) => cell.target.id))];
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const targetIndex = new Map(targetIds.map((id, i) => [id, i]));
  const count = (cell: (typeof cells)[number], stance: string) => cell.byStance.find((c) => c.stance === stance);
  return {
    actorIds,
    targetIds,
    actor: cells.map((cell) => actorIndex.get(cell.actor.id)!),
    target: cells.map((cell) => targetIndex.get(cell.target.id)!),
    byStance: STANCE_ORDER.map((stance) => ({
      stance,
      positions: cells.map((cell) => count(cell, stance)?.positions ?? 0),
      statements: cells.map((cell) => count(cell, stance)?.statements ?? 0),
    })),
  };
}
