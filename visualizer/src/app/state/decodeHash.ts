import { ACTOR_KINDS, STANCES, isActorKind, isStance, type Stance } from '../model/kinds.js';
import { DEFAULT_VIEW_STATE, REVIEWED_PROVENANCE, MATRIX_SORTS, VIEWS, type MatrixSort, type Selection, type View, type ViewState } from './ViewState.js';

/**
 * The inverse of `encodeHash`. Lenient by design: a link mangled by a mail client still opens, with
 * unknown values dropped (a researcher gets the nearest view rather than an error page). Ids are not
 * checked here; the views ignore ids the catalog does not hold.
 */
export function decodeHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string) => (params.get(name) ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const view = params.get('view');
  const sort = params.get('sort');
  const stance = params.get('stance');
  return {
    view: VIEWS.includes(view as View) ? (view as View) : DEFAULT_VIEW_STATE.view,
    filters: {
      agendaItemIds: list('agenda'),
      stances: params.has('stances') ? STANCES.filter((s) => list('stances').filter(isStance).includes(s)) : STANCES,
      actorKinds: params.has('kinds') ? ACTOR_KINDS.filter((k) => list('kinds').filter(isActorKind).includes(k)) : ACTOR_KINDS,
      stateIds: list('states'),
      showIsolated: params.get('isolated') === '1',
      includeExtracted: params.get('extracted') === '1',
      provenance: params.has('provenance') ? REVIEWED_PROVENANCE.filter((p) => list('provenance').includes(p)) : REVIEWED_PROVENANCE,
    },
    selection: selectionOf(params.get('actor'), params.get('target'), params.get('statement'), stance !== null && isStance(stance) ? stance : null),
    documentId: params.get('doc') || null,
    positionId: params.get('pos') || null,
    sort: MATRIX_SORTS.includes(sort as MatrixSort) ? (sort as MatrixSort) : DEFAULT_VIEW_STATE.sort,
    compare: list('compare'),
    query: params.get('q')?.trim() ?? '',
  };
}

// Private:

function selectionOf(actor: string | null, target: string | null, statement: string | null, stance: Stance | null): Selection | null {
  if (statement) return { kind: 'statement', id: statement };
  if (actor && target) return { kind: 'pair', actorId: actor, targetId: target, stance };
  if (actor) return { kind: 'actor', id: actor, stance };
  if (target) return { kind: 'target', id: target, stance };
  return null;
}
