import type { TargetSummary } from '../model/buildMatrix.js';
import { queryApi } from './queryApi.js';

/** The API's `AnalysisScope`: an absent or empty list does not filter. */
export interface AnalysisScope {
  agendaItemIds?: string[];
  actorIds?: string[];
  /** Count unreviewed EXTRACTED positions too (the explorer's "suggestions" toggle). */
  includeExtracted?: boolean;
}

/** A common-ground candidate as the API ranks it. */
export interface ServerCommonGround {
  readonly targetId: string;
  readonly supporterIds: readonly string[];
  readonly queriedByIds: readonly string[];
}

/** The API's figures for one target: its consensus summary, without `actorsSpoke` (the matrix counts that). */
export type ServerSummary = Omit<TargetSummary, 'actorsSpoke'>;

/**
 * Each target's consensus from `consensus(targetId:, scope:)`, 25 targets per request
 * (aliases `t0`, `t1`, ...): score, State counts by net stance, and the divergence's smaller camp
 * and margin (0 and the plain difference when States do not diverge).
 */
export async function loadServerSummaries(targetIds: readonly string[], scope: AnalysisScope | null): Promise<Map<string, ServerSummary>> {
  const summaries = new Map<string, ServerSummary>();
  for (let from = 0; from < targetIds.length; from += BATCH) {
    const batch = targetIds.slice(from, from + BATCH);
    const declarations = [...batch.map((_, i) => `$t${i}: ID!`), ...(scope ? ['$scope: AnalysisScope'] : [])].join(', ');
    const fields = batch
      .map((_, i) => `t${i}: consensus(targetId: $t${i}${scope ? ', scope: $scope' : ''}) { score statesSpoke supporting opposing qualifying queryingOnly divergence { smallerCamp margin } }`)
      .join('\n');
    const variables = { ...Object.fromEntries(batch.map((id, i) => [`t${i}`, id])), ...(scope ? { scope } : {}) };
    const data = await queryApi<Record<string, ConsensusData>>(`query ConsensusScores(${declarations}) {\n${fields}\n}`, variables);
    batch.forEach((id, i) => {
      const c = data[`t${i}`];
      if (!c) return;
      summaries.set(id, {
        statesSpoke: c.statesSpoke,
        supporting: c.supporting,
        opposing: c.opposing,
        qualifying: c.qualifying,
        queryingOnly: c.queryingOnly,
        score: c.score,
        smallerCamp: c.divergence?.smallerCamp ?? 0,
        margin: c.divergence?.margin ?? Math.abs(c.supporting - c.opposing - c.qualifying),
      });
    });
  }
  return summaries;
}

/** The API's common ground in scope, most supporters first. */
export async function loadServerCommonGround(scope: AnalysisScope | null): Promise<ServerCommonGround[]> {
  const data = await queryApi<{ commonGround: { target: { id: string }; supporters: { id: string }[]; queriedBy?: { id: string }[] }[] }>(
    `query CommonGround${scope ? '($scope: AnalysisScope)' : ''} { commonGround${scope ? '(scope: $scope)' : ''} { target { id } supporters { id } queriedBy { id } } }`,
    scope ? { scope } : {},
  );
  return data.commonGround.map((entry) => ({
    targetId: entry.target.id,
    supporterIds: entry.supporters.map((a) => a.id),
    queriedByIds: (entry.queriedBy ?? []).map((a) => a.id),
  }));
}

/** The zero draft in CommonMark, with verbatim citations, as the API writes it. */
export async function loadZeroDraft(scope: AnalysisScope | null): Promise<string> {
  const data = await queryApi<{ zeroDraft: string }>(
    `query ZeroDraft${scope ? '($scope: AnalysisScope)' : ''} { zeroDraft(format: MARKDOWN${scope ? ', scope: $scope' : ''}) }`,
    scope ? { scope } : {},
  );
  return data.zeroDraft;
}

// Private:

// Under the server's default alias limit (MAX_ALIASES, 30: README "Reliability and security").
const BATCH = 25;

interface ConsensusData {
  score: number | null;
  statesSpoke: number;
  supporting: number;
  opposing: number;
  qualifying: number;
  queryingOnly: number;
  divergence: { smallerCamp: number; margin: number } | null;
}
