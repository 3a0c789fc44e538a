import type { SyntheticGraph } from './generateGraph.js';

/**
 * Answers the explorer's start-up operations from a synthetic graph, by operation name, so the
 * benchmark measures the page (mapping, rendering, layout) at a size the seeds cannot reach. A
 * stand-in for the server in a benchmark only: the tests run the real one. Cursors are offsets.
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
          meetings: [{ id: 'bench-meeting', name: 'Benchmark meeting', startsOn: '2020-01-01', agendaItems: graph.agendaItems }],
          documents: [],
        },
      };
    case 'PositionRows': {
      const from = body.variables?.after ? Number(body.variables.after) : 0;
      const page = graph.positions.slice(from, from + 100);
      const end = from + page.length;
      return {
        data: {
          positions: {
            totalCount: graph.positions.length,
            pageInfo: { hasNextPage: end < graph.positions.length, endCursor: String(end) },
            edges: page.map((p) => ({
              node: { id: p.id, stance: p.stance, actor: { id: p.actorId }, target: { id: p.targetId }, statement: { id: p.statementId, agendaItem: { id: p.agendaItemId } } },
            })),
          },
        },
      };
    }
    case 'AnalysisSchema':
      return { data: { query: { fields: [] }, consensus: { fields: [] } } };
    default:
      return { errors: [{ message: `The benchmark does not answer ${body.operationName ?? 'anonymous operations'}`, extensions: { code: 'BAD_USER_INPUT' } }] };
  }
}
