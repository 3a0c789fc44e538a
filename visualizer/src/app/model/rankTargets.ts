import type { MatrixSort } from '../state/ViewState.js';
import type { MatrixRow } from './buildMatrix.js';

/**
 * Orders matrix rows by their summaries (computed here, or the API's when the matrix has them).
 * - agreed: highest consensus score first, then more States speaking, then name.
 * - divided: largest smaller camp first, then closest split, then target id: the order of the API's
 *   `divergences` (graph/analysis/divergences.ts).
 * - discussed: most actors speaking first.
 * - name: alphabetical.
 * Rows without a score (no State spoke) go last under "agreed".
 */
export function rankTargets(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) => a.target.name.localeCompare(b.target.name);
  const scoreOf = (row: MatrixRow) => row.summary.score;
  const copy = [...rows];
  switch (sort) {
    case 'agreed':
      return copy.sort((a, b) => {
        const sa = scoreOf(a);
        const sb = scoreOf(b);
        if (sa === null || sb === null) return (sa === null ? 1 : 0) - (sb === null ? 1 : 0) || byName(a, b);
        return sb - sa || b.summary.statesSpoke - a.summary.statesSpoke || byName(a, b);
      });
    case 'divided':
      return copy.sort(
        (a, b) =>
          b.summary.smallerCamp - a.summary.smallerCamp ||
          a.summary.margin - b.summary.margin ||
          (a.target.id < b.target.id ? -1 : a.target.id > b.target.id ? 1 : 0),
      );
    case 'discussed':
      return copy.sort((a, b) => b.summary.actorsSpoke - a.summary.actorsSpoke || byName(a, b));
    case 'name':
      return copy.sort(byName);
  }
}
