import { ACTOR_KINDS, STANCES } from '../model/kinds.js';
import { DEFAULT_VIEW_STATE, REVIEWED_PROVENANCE, type ViewState } from './ViewState.js';

/**
 * The view state as a URL fragment: `#view=matrix&agenda=a,b&actor=JPN&target=budapest-convention`.
 * Only what differs from the defaults is written, so links stay short and readable; `decodeHash`
 * is the inverse. In the fragment, so links work on any static host and never reach the server.
 */
export function encodeHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  const { filters } = state;
  if (filters.agendaItemIds.length > 0) params.set('agenda', filters.agendaItemIds.join(','));
  if (filters.stances.length < STANCES.length) params.set('stances', filters.stances.join(',') || 'none');
  if (filters.actorKinds.length < ACTOR_KINDS.length) params.set('kinds', filters.actorKinds.join(',') || 'none');
  if (filters.stateIds.length > 0) params.set('states', filters.stateIds.join(','));
  if (filters.showIsolated) params.set('isolated', '1');
  if (filters.includeExtracted) params.set('extracted', '1');
  if (filters.provenance.length < REVIEWED_PROVENANCE.length) params.set('provenance', filters.provenance.join(',') || 'none');
  const selection = state.selection;
  if (selection) {
    switch (selection.kind) {
      case 'actor':
        params.set('actor', selection.id);
        break;
      case 'target':
        params.set('target', selection.id);
        break;
      case 'pair':
        params.set('actor', selection.actorId);
        params.set('target', selection.targetId);
        break;
      case 'statement':
        params.set('statement', selection.id);
        break;
    }
    if (selection.kind !== 'statement' && selection.stance) params.set('stance', selection.stance);
  }
  if (state.documentId) params.set('doc', state.documentId);
  if (state.positionId) params.set('pos', state.positionId);
  if (state.sort !== DEFAULT_VIEW_STATE.sort) params.set('sort', state.sort);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.query) params.set('q', state.query);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
