import { UnreachableCaseError } from '../model/index.js';
import { renderZeroDraftMarkdown } from './renderZeroDraftMarkdown.js';
import type { ZeroDraft } from './zeroDraftModel.js';

export type ZeroDraftFormat = 'MARKDOWN' | 'JSON';

/**
 * The zero draft as text, one function for the GraphQL field and the `report` CLI so both print the
 * same bytes: CommonMark, or the draft as indented JSON with a final newline.
 */
export function renderZeroDraft(draft: ZeroDraft, format: ZeroDraftFormat): string {
  switch (format) {
    case 'MARKDOWN':
      return renderZeroDraftMarkdown(draft);
    case 'JSON':
      return `${JSON.stringify(draft, null, 2)}\n`;
    default:
      throw new UnreachableCaseError(format);
  }
}
