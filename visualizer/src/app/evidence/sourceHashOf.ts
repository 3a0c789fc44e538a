import type { ApiCitation } from '../api/ApiCitation.js';
import { encodeHash } from '../state/encodeHash.js';
import type { ViewState } from '../state/ViewState.js';

/** The deep link that opens the source reader at a citation's quote, highlighted. */
export function sourceHashOf(state: ViewState, citation: ApiCitation): string {
  return encodeHash({ ...state, view: 'reader', documentId: citation.document.id, positionId: citation.position.id }) || '#';
}
