import type { ApiEvidenceSource, ApiProvenance } from '../api/ApiProvenance.js';
import { h } from '../dom/h.js';
import { UnreachableCaseError } from '../model/kinds.js';

/** The words the explorer uses for an unreviewed suggestion, everywhere it shows one. */
export const EXTRACTED_LABEL = 'Suggested by the extractor, not reviewed';

/**
 * How a quote came to be evidence, when that is not plain curation: an unreviewed suggestion (with
 * the extractor's confidence and the words that cued it), an imported dataset cell (dataset, row,
 * column), a suggestion a person accepted, and evidence that was never located in a stored text
 * (the dataset's citation, its URL as a link). Null for a curated position with nothing to add.
 */
export function renderProvenance(provenance: ApiProvenance, source: ApiEvidenceSource): HTMLElement | null {
  const lines: HTMLElement[] = [];
  switch (provenance.method) {
    case 'EXTRACTED':
      lines.push(
        h(
          'p',
          { class: 'prov prov-extracted', 'data-provenance': 'EXTRACTED' },
          h('strong', {}, EXTRACTED_LABEL),
          provenance.confidence !== null ? ` · confidence ${provenance.confidence.toFixed(2)}` : null,
          provenance.cue && provenance.cue.length > 0 ? h('span', { class: 'prov-cue' }, ' · cue: ', provenance.cue.map((c) => `“${c}”`).join(', ')) : null,
          provenance.extractor ? h('span', { class: 'prov-by' }, ` · ${provenance.extractor}${provenance.extractedOn ? `, ${provenance.extractedOn}` : ''}`) : null,
        ),
      );
      break;
    case 'IMPORTED':
      lines.push(
        h(
          'p',
          { class: 'prov prov-imported', 'data-provenance': 'IMPORTED' },
          h('strong', {}, 'Imported'),
          ` from dataset ${provenance.dataset ?? 'unknown'}${datasetCell(provenance)}`,
          provenance.coder ? ` · coded by ${provenance.coder}` : null,
        ),
      );
      break;
    case 'CURATED':
      if (provenance.reviewer) {
        lines.push(h('p', { class: 'prov prov-reviewed', 'data-provenance': 'CURATED' }, `Suggested by the extractor, accepted in review by ${provenance.reviewer}${provenance.reviewedOn ? ` on ${provenance.reviewedOn}` : ''}`));
      }
      break;
    default:
      throw new UnreachableCaseError(provenance.method);
  }
  if (!source.located) {
    lines.push(
      h(
        'p',
        { class: 'prov unlocated', 'data-located': 'false' },
        h('strong', {}, 'unlocated'),
        `: quoted from ${source.citation ?? 'a source the dataset does not name'}`,
        source.sourceUrl ? [' · ', h('a', { href: source.sourceUrl, class: 'source-url', rel: 'noopener noreferrer', target: '_blank' }, source.sourceUrl)] : null,
        h('span', { class: 'prov-why' }, ' (not in a text stored here, so it cannot be shown in the source)'),
      ),
    );
  }
  return lines.length === 0 ? null : h('div', { class: 'prov-lines' }, ...lines);
}

/** `, row 4, column “Answer”`, as far as the dataset says. */
export function datasetCell(provenance: ApiProvenance): string {
  return `${provenance.row !== null ? `, row ${provenance.row}` : ''}${provenance.column ? `, column “${provenance.column}”` : ''}`;
}
