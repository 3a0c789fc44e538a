import type { GraphCounts } from '../port.js';

/**
 * replaceGraph wrote something other than the bundle (a reference to a missing node creates no
 * relationship; two entities with one id merge into one node) and rolled back. The bundle is
 * meant to be validated by the loader, so this is a bug upstream, not bad user input.
 */
export class GraphIntegrityError extends Error {
  readonly code = 'GRAPH_INTEGRITY';
  readonly expected: GraphCounts;
  readonly actual: GraphCounts;

  constructor(expected: GraphCounts, actual: GraphCounts) {
    const differences = (Object.keys(expected) as (keyof GraphCounts)[])
      .filter((key) => expected[key] !== actual[key])
      .map((key) => `${key}: expected ${expected[key]}, wrote ${actual[key]}`);
    super(
      `Neo4j store: the bundle did not load as drawn (${differences.join('; ')}); rolled back, the previous graph is unchanged. ` +
        'Check the bundle for duplicate ids or references to missing nodes.',
    );
    this.name = 'GraphIntegrityError';
    this.expected = expected;
    this.actual = actual;
  }
}
