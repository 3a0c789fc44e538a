import type { ProvenanceMethod } from '../model/kinds.js';

/**
 * How a position came to be in the graph, as the API's `Provenance` gives it: only the fields of
 * its method are set (server/schema/resolvers/types.ts), so the views switch on `method`.
 */
export interface ApiProvenance {
  readonly method: ProvenanceMethod;
  readonly coder: string | null;
  readonly codedOn: string | null;
  readonly reviewer: string | null;
  readonly reviewedOn: string | null;
  readonly extractor: string | null;
  readonly confidence: number | null;
  readonly cue: readonly string[] | null;
  readonly extractedOn: string | null;
  readonly dataset: string | null;
  readonly row: number | null;
  readonly column: string | null;
}

/**
 * Where the quote stands: `located` false for imported evidence whose source is not in the graph
 * (its offsets then point into the dataset's records, not a text a reader could open), with the
 * dataset's citation and URL of the words' source.
 */
export interface ApiEvidenceSource {
  readonly located: boolean;
  readonly citation: string | null;
  readonly sourceUrl: string | null;
}

/** The selection set of `Position.provenance`. */
export const PROVENANCE_FIELDS = `provenance { method coder codedOn reviewer reviewedOn extractor confidence cue extractedOn dataset row column }`;

/** The selection set of `Evidence` fields that say whether and where the quote was located. */
export const EVIDENCE_SOURCE_FIELDS = `located citation sourceUrl`;
