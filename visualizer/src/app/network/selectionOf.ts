import type { Stance } from '../model/kinds.js';
import type { Selection } from '../state/ViewState.js';

/**
 * What a click on a network element selects, from the element's data (toElements.ts), whichever
 * renderer drew it: an actor or target node selects it; a stance edge the actor–target pair with
 * that stance; a catalog link its source target. A group box (groupTargets.ts) is a frame, not a
 * thing with positions: null, nothing selected.
 */
export function selectionOf(data: Readonly<Record<string, unknown>>, sourceRef: () => string): Selection | null {
  switch (data.role) {
    case 'actor':
      return { kind: 'actor', id: data.ref as string, stance: null };
    case 'target':
      return { kind: 'target', id: data.ref as string, stance: null };
    case 'position':
      return { kind: 'pair', actorId: data.actorRef as string, targetId: data.targetRef as string, stance: data.stance as Stance };
    case 'structure':
      return { kind: 'target', id: sourceRef(), stance: null };
    default:
      return null;
  }
}
