import type { Position } from '../model/index.js';

/**
 * Returns a function that copies a position so that its repeated values are shared with every
 * other position it has copied: ids of statements, actors, targets, meetings, agenda items and
 * documents, the kinds, and equal provenance records. A store hands each row its own copies (two
 * positions of China hold two "CHN" strings); the analysis input keeps every position in scope, so
 * at 300,000 positions sharing them saves about a third of its memory (bench/api, server RSS).
 * Only what the values are is kept; nothing about a position changes.
 */
export function sharePositionValues(): (position: Position) => Position {
  const strings = new Map<string, string>();
  const shared = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  const provenances = new Map<string, Position['provenance']>();
  const sharedProvenance = (provenance: Position['provenance']): Position['provenance'] => {
    const key = JSON.stringify(provenance);
    const known = provenances.get(key);
    if (known !== undefined) return known;
    provenances.set(key, provenance);
    return provenance;
  };
  return (p) => ({
    ...p,
    statementId: shared(p.statementId),
    targetId: shared(p.targetId),
    targetKind: shared(p.targetKind) as Position['targetKind'],
    stance: shared(p.stance) as Position['stance'],
    actorId: shared(p.actorId),
    meetingId: shared(p.meetingId),
    agendaItemId: shared(p.agendaItemId),
    evidence: { ...p.evidence, documentId: shared(p.evidence.documentId) },
    provenance: sharedProvenance(p.provenance),
  });
}
