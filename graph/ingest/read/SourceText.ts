/** What a reader makes of one file: the text the graph will quote, and what it came from. */
export interface SourceText {
  /** Extracted text, stored byte-for-byte as UTF-8; every offset in the graph points into it. */
  readonly text: string;
  /** Title found in the file itself (HTML <title>, PDF Info Title), if any. */
  readonly title: string | null;
  readonly original: OriginalFile;
}

/** The file as received, so a citation can be checked against the publisher's copy. */
export interface OriginalFile {
  readonly name: string;
  readonly sha256: string;
  readonly mediaType: string;
}
