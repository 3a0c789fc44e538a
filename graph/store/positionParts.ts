import type { Position } from '../model/index.js';

/**
 * A position's top-level field: the unit a page read can be narrowed to
 * (`PositionPageSelection.parts`). A page that shows five fields of each position need not read
 * the other eight: on Neo4j the provenance alone is 13 of a position's 33 properties.
 */
export type PositionPart = keyof Position;

/** Every part, in the model's order (a `Record` so that a field added to `Position` must be added here). */
const EVERY_PART: Readonly<Record<PositionPart, true>> = {
  id: true,
  statementId: true,
  targetId: true,
  targetKind: true,
  stance: true,
  evidence: true,
  provenance: true,
  note: true,
  reservation: true,
  actorId: true,
  meetingId: true,
  agendaItemId: true,
  sortKey: true,
};

export const POSITION_PARTS: readonly PositionPart[] = Object.keys(EVERY_PART) as PositionPart[];

/**
 * The parts a narrowed read returns: those asked for, and always `id` and `sortKey` (a position's
 * identity and its place in the order, which cursors are made of), each once, in the model's
 * order; every part when `parts` is undefined.
 */
export function partsToRead(parts: readonly PositionPart[] | undefined): readonly PositionPart[] {
  if (parts === undefined) return POSITION_PARTS;
  const wanted = new Set<PositionPart>(parts);
  return POSITION_PARTS.filter((part) => part === 'id' || part === 'sortKey' || wanted.has(part));
}

/**
 * `position` cut down to `parts` (from `partsToRead`): what every store returns for a narrowed
 * page, so both answer alike. The result is typed `Position` but holds only those fields; its
 * reader must ask for no other (server/schema/resolvers/positionPageSelected.ts).
 */
export function withParts(position: Position, parts: readonly PositionPart[]): Position {
  if (parts === POSITION_PARTS) return position;
  const kept: Partial<Record<PositionPart, unknown>> = {};
  // An optional field the position does not have (reservation) stays absent, as in a full read.
  for (const part of parts) if (part in position) kept[part] = position[part];
  return kept as Position;
}
