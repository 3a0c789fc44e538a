import type { Document, DocumentHead } from '../../graph/model/index.js';

/** `document` as the stores' head reads return it: every field but the text. */
export function headOf({ text: _text, ...head }: Document): DocumentHead {
  return head;
}
