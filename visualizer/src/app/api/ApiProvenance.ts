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
  /** Absent where a view asks without it (`CITATION_PROVENANCE_FIELDS`). */
  readonly cue?: readonly string[] | null;
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

/**
 * The same without `cue`, for citations nested in analysis answers (sides × entries × citations):
 * the server prices every nested list at ten items (server/schema/limits/costEstimator.ts), so a
 * list here would multiply a request's cost; the views that show the cue ask for it per position.
 */
export const CITATION_PROVENANCE_FIELDS = `provenance { method coder codedOn reviewer reviewedOn extractor confidence extractedOn dataset row column }`;

/** The selection set of `Evidence` fields that say whether and where the quote was located. */
export const EVIDENCE_SOURCE_FIELDS = `located citation sourceUrl`;
