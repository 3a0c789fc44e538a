import type { Stance } from './kinds.js';

/**
 * One position, reduced to what the network, the matrix and the filters need. Quotes and speakers
 * are fetched on demand for the evidence panel, so that a graph of 50,000 positions stays light.
 */
export interface PositionRow {
  readonly id: string;
  readonly stance: Stance;
  readonly actorId: string;
  readonly targetId: string;
  readonly statementId: string;
  readonly agendaItemId: string;
}
