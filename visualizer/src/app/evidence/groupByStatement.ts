import type { EvidenceItem, EvidenceStatement } from '../api/loadEvidence.js';

export interface StatementGroup {
  readonly statement: EvidenceStatement;
  readonly actor: EvidenceItem['actor'];
  readonly items: EvidenceItem[];
}

/** Consecutive positions of one statement, in the API's document order, become one group. */
export function groupByStatement(items: readonly EvidenceItem[]): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.statement.id === item.statement.id) last.items.push(item);
    else groups.push({ statement: item.statement, actor: item.actor, items: [item] });
  }
  return groups;
}
