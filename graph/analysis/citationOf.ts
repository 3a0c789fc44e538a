import type { Position, ReliabilityTier, ReservationKind, Stance } from '../model/index.js';
import type { InputIndex } from './indexInput.js';
import { mustGet } from './mustGet.js';

/**
 * The evidence for one position, as a reader needs it to check it: who, which stance, the verbatim
 * quote, and where it sits (document, agenda item, code-point offsets, end exclusive).
 */
export interface Citation {
  readonly positionId: string;
  readonly statementId: string;
  readonly actorId: string;
  readonly targetId: string;
  readonly stance: Stance;
  /** For QUALIFIES, the reservation kind as coded (null: not coded, counted as CONTESTATION). */
  readonly reservation: ReservationKind | null;
  readonly quote: string;
  readonly documentId: string;
  readonly documentTitle: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  /** The agenda item's label as the report numbers it ("Topic II.1"). */
  readonly agendaItemLabel: string;
  readonly start: number;
  readonly end: number;
  /**
   * False for imported evidence whose source is not in the graph: the offsets point into the
   * dataset's records, `sourceCitation`/`sourceUrl` say where the words were said, and an empty
   * quote means the dataset gave none.
   */
  readonly located: boolean;
  readonly sourceCitation: string | null;
  readonly sourceUrl: string | null;
  /** The reliability tier of the cited document. */
  readonly tier: ReliabilityTier;
}

/**
 * Cites `position`. A document or agenda item missing from the input is a broken input (the loader
 * fetches every one the positions name), so it throws (see `mustGet`) rather than cite half a source.
 */
export function citationOf(position: Position, index: InputIndex): Citation {
  const { evidence } = position;
  const document = mustGet(index.documentById, evidence.documentId, 'document');
  const agendaItem = mustGet(index.agendaItemById, position.agendaItemId, 'agenda item');
  return {
    positionId: position.id,
    statementId: position.statementId,
    actorId: position.actorId,
    targetId: position.targetId,
    stance: position.stance,
    reservation: position.reservation ?? null,
    quote: evidence.quote,
    documentId: document.id,
    documentTitle: document.title,
    meetingId: position.meetingId,
    agendaItemId: agendaItem.id,
    agendaItemLabel: agendaItem.label,
    start: evidence.start,
    end: evidence.end,
    located: evidence.located,
    sourceCitation: evidence.citation,
    sourceUrl: evidence.sourceUrl,
    tier: document.reliability,
  };
}
