import type { ActorInfo } from '../model/Catalog.js';
import type { MatrixRow } from '../model/buildMatrix.js';

/**
 * The matrix as CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read the accents), rows
 * in the order on screen: target id, name and kind, the State counts and score, then one column per
 * actor (header: actor id) holding its stances joined by "+" (mixed) or nothing.
 */
export function matrixToCsv(rows: readonly MatrixRow[], actors: readonly ActorInfo[]): string {
  const header = ['target_id', 'target_name', 'target_kind', 'states_supporting', 'states_opposing', 'states_qualifying', 'states_querying_only', 'consensus_score', ...actors.map((a) => a.id)];
  const lines = [header.map(cell).join(',')];
  for (const row of rows) {
    const { summary } = row;
    const score = summary.score;
    lines.push(
      [
        row.target.id,
        row.target.name,
        row.target.kind,
        summary.supporting,
        summary.opposing,
        summary.qualifying,
        summary.queryingOnly,
        score === null ? '' : score.toFixed(3),
        ...actors.map((actor) => row.cells.get(actor.id)?.stances.join('+') ?? ''),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// Private:

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
