import type { ComparedPosition } from '../api/loadStatesPositions.js';
import { formatCitation } from '../evidence/formatCitation.js';

const COLUMNS = [
  'position_id', 'actor_id', 'actor', 'stance', 'reservation', 'target_id', 'target', 'quote', 'document_id', 'document', 'date', 'agenda_item', 'start', 'end', 'citation',
  'provenance', 'coder', 'coded_on', 'reviewer', 'reviewed_on', 'extractor', 'confidence', 'cue', 'dataset', 'dataset_row', 'dataset_column', 'located', 'source_citation', 'source_url',
] as const;

/**
 * Evidence as CSV (RFC 4180: comma-separated, double quotes doubled, CRLF line ends), one row per
 * position with its verbatim quote, where it stands (document, date, agenda item, code-point
 * offsets, end exclusive) and the formatted citation; then how it came to be (CURATED, IMPORTED,
 * EXTRACTED with coder, reviewer, extractor, confidence and cue, dataset row and column) and whether
 * the quote was located in a stored text (`false`: start and end point into the dataset's records,
 * `source_citation` and `source_url` say where the words were said). Columns a method does not set
 * are empty.
 */
export function evidenceToCsv(positions: readonly ComparedPosition[]): string {
  const cell = (value: string | number | boolean | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = positions.map((p) => [
    p.position.id, p.position.actor.id, p.position.actor.name, p.stance, p.reservation, p.target.id, p.target.name, p.quote,
    p.document.id, p.document.title, p.document.date, p.agendaItem.label, p.start, p.end, formatCitation(p),
    ...provenanceCells(p),
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

// Private:

function provenanceCells(p: ComparedPosition): (string | number | boolean | null)[] {
  const { provenance: v, evidence } = p.position;
  return [
    v.method, v.coder, v.codedOn, v.reviewer, v.reviewedOn, v.extractor, v.confidence, v.cue ? v.cue.join(' | ') : null, v.dataset, v.row, v.column,
    evidence.located, evidence.citation, evidence.sourceUrl,
  ];
}
