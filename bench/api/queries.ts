import type { GraphBundle } from '../../graph/index.js';
import { postUnparsed } from './post.js';

export interface BenchQuery {
  readonly name: string;
  /** The GraphQL request itself, for a process of its own to send (timeWarm.ts). */
  readonly request: { readonly query: string; readonly variables: Record<string, unknown> };
  /** Sends the request, its answer read but not parsed (see postUnparsed). */
  readonly send: (url: string) => Promise<unknown>;
}

/** What the queries ask about, chosen from the corpus: its most active State, most debated target, a meeting. */
export interface QuerySubjects {
  readonly actorId: string;
  readonly targetId: string;
  readonly meetingId: string;
  readonly stateCount: number;
}

export function subjectsOf(bundle: GraphBundle): QuerySubjects {
  const mostFrequent = (ids: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  };
  return {
    actorId: mostFrequent(bundle.positions.map((p) => p.actorId)),
    targetId: mostFrequent(bundle.positions.map((p) => p.targetId)),
    meetingId: bundle.meetings[Math.floor(bundle.meetings.length / 2)]!.id,
    stateCount: bundle.actors.filter((a) => a.kind === 'STATE').length,
  };
}

/** The project's main query: a page of 100 positions with actor, target and evidence (also bench/peer). */
export const MAIN_QUERY = `query($after: String) { positions(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
  edges { node { id stance actor { id name } target { id name } evidence { quote start end document { id title } } } } } }`;

const PAGE = `query($filter: PositionFilter) { positions(first: 100, filter: $filter) { totalCount edges { node { id stance actor { id } target { id } evidence { quote } } } } }`;

/** The reads the issue sets goals for, each over real HTTP. */
export function benchQueries(s: QuerySubjects): BenchQuery[] {
  const q = (name: string, query: string, variables: Record<string, unknown> = {}): BenchQuery => ({
    name,
    request: { query, variables },
    send: (url) => postUnparsed(url, query, variables),
  });
  return [
    q('positions: first page (main query)', MAIN_QUERY),
    q('positions: filter actor', PAGE, { filter: { actorIds: [s.actorId] } }),
    q('positions: filter target+OPPOSES', PAGE, { filter: { targetIds: [s.targetId], stances: ['OPPOSES'] } }),
    q('positions: filter meeting', PAGE, { filter: { meetingIds: [s.meetingId] } }),
    q('search "sovereignty"', '{ search(query: "sovereignty", first: 20) { totalCount edges { node { id text } } } }'),
    q('consensus (most debated target)', 'query($t: ID!) { consensus(targetId: $t) { score statesSpoke sides { stance actors { id } } } }', { t: s.targetId }),
    q('divergences', '{ divergences { target { id } supporting { id } opposing { id } margin } }'),
    q(`agreement (all ${s.stateCount} States)`, '{ agreement { states { id } pairs { stateA { id } stateB { id } sharedTargets agreements kappa } } }'),
    q('blocs', '{ blocs { modularity blocs { id states { id } } dataQuality { statesPlaced pairs } } }'),
    q('commonGround', '{ commonGround { target { id } supporters { id } } }'),
    q('zeroDraft (Markdown)', '{ zeroDraft }'),
  ];
}

/** The cheap query whose latency shows whether analyses stall other requests. */
export const COUNTS_QUERY = '{ counts { positions } }';

/** Analyses run concurrently while COUNTS_QUERY is sampled. */
export function concurrentAnalyses(s: QuerySubjects): BenchQuery[] {
  return benchQueries(s).filter((q) => /consensus|agreement|blocs|zeroDraft/.test(q.name));
}
