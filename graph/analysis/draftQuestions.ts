import type { Position } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { citationOf } from './citationOf.js';
import { compareIds } from './compareIds.js';
import { strongestFirst } from './draftVoices.js';
import type { InputIndex } from './indexInput.js';
import { mustGet } from './mustGet.js';
import type { DraftQuestion, DraftQuoting, DraftUnquotedQuestions } from './zeroDraftModel.js';

/**
 * The draft's open questions: every QUERIES position in scope (any actor), grouped per actor and
 * target. The `quoting.questionTargetsQuoted` targets most asked about (most actors asking, then
 * id) quote their `quoting.askersPerQuestion` most insistent askers (most questions, then by id),
 * each with its strongest question; every other asker is counted per target in `unquoted`.
 * `quoted` is ordered by target id, then the actor's first question in sort-key order.
 */
export function draftQuestions(
  input: AnalysisInput,
  index: InputIndex,
  quoting: DraftQuoting,
): { quoted: DraftQuestion[]; unquoted: DraftUnquotedQuestions[] } {
  const byTarget = new Map<string, Map<string, Position[]>>();
  for (const p of [...input.positions].sort((a, b) => compareIds(a.sortKey, b.sortKey) || compareIds(a.id, b.id))) {
    if (p.stance !== 'QUERIES') continue;
    let byActor = byTarget.get(p.targetId);
    if (byActor === undefined) byTarget.set(p.targetId, (byActor = new Map()));
    const list = byActor.get(p.actorId);
    if (list === undefined) byActor.set(p.actorId, [p]);
    else list.push(p);
  }
  const targetIds = [...byTarget.keys()].sort(compareIds);
  const quotedTargets = new Set(
    [...targetIds].sort((a, b) => byTarget.get(b)!.size - byTarget.get(a)!.size || compareIds(a, b)).slice(0, quoting.questionTargetsQuoted),
  );

  const quoted: DraftQuestion[] = [];
  const unquoted: DraftUnquotedQuestions[] = [];
  for (const targetId of targetIds) {
    const targetName = mustGet(index.targetById, targetId, 'target').name;
    const askers = [...byTarget.get(targetId)!].sort((a, b) => b[1].length - a[1].length || compareIds(a[0], b[0]));
    const shown = quotedTargets.has(targetId) ? askers.slice(0, quoting.askersPerQuestion) : [];
    // Read in the order the questions were put.
    for (const [actorId, held] of shown.sort((a, b) => compareIds(a[1][0]!.sortKey, b[1][0]!.sortKey))) {
      const [strongest] = strongestFirst(index, held);
      quoted.push({
        targetId,
        targetName,
        actorId,
        actorName: mustGet(index.actorById, actorId, 'actor').name,
        citation: citationOf(strongest!, index),
        moreCitations: held.length - 1,
      });
    }
    const shownIds = new Set(shown.map(([actorId]) => actorId));
    const rest = askers.map(([actorId]) => actorId).filter((id) => !shownIds.has(id)).sort(compareIds);
    if (rest.length > 0) unquoted.push({ targetId, targetName, askers: { count: rest.length, actorIds: rest } });
  }
  return { quoted, unquoted };
}
