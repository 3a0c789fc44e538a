import type { AgreementData } from '../api/loadAgreement.js';

/** States in the API's bloc order (bloc 1's members first, as the API lists them), then the unplaced, then any other. */
export function orderByBlocs(data: AgreementData): { id: string; name: string; bloc: number | null }[] {
  const seen = new Set<string>();
  const ordered: { id: string; name: string; bloc: number | null }[] = [];
  for (const bloc of data.blocs.blocs) {
    for (const state of bloc.states) if (!seen.has(state.id)) (seen.add(state.id), ordered.push({ ...state, bloc: bloc.id }));
  }
  for (const state of [...data.blocs.unplacedStates, ...data.agreement.states]) {
    if (!seen.has(state.id)) (seen.add(state.id), ordered.push({ ...state, bloc: null }));
  }
  return ordered;
}
