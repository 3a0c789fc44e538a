import type { ComparedPosition } from '../api/loadStatesPositions.js';
import { formatCitation } from '../evidence/formatCitation.js';

const COLUMNS = ['position_id', 'actor_id', 'actor', 'stance', 'reservation', 'target_id', 'target', 'quote', 'document_id', 'document', 'date', 'agenda_item', 'start', 'end', 'citation'] as const;

/**
 * Evidence as CSV (RFC 4180: comma-separated, double quotes doubled, CRLF line ends), one row per
 * position with its verbatim quote, where it stands (document, date, agenda item, code-point
 * offsets, end exclusive) and the formatted citation.
 */
export function evidenceToCsv(positions: readonly ComparedPosition[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = positions.map((p) => [
    p.position.id, p.position.actor.id, p.position.actor.name, p.stance, p.reservation, p.target.id, p.target.name, p.quote,
    p.document.id, p.document.title, p.document.date, p.agendaItem.label, p.start, p.end, formatCitation(p),
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
