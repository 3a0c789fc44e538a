import { IngestError } from '../ingestError.js';

/**
 * Decodes bytes as UTF-8, refusing anything else: a Latin-1 or UTF-16 file decoded leniently
 * would store replacement characters, and quotes would then no longer match the publisher's text.
 * A UTF-8 byte-order mark is kept (byte-for-byte), since offsets are into the stored text.
 */
export function decodeUtf8(bytes: Uint8Array, subject: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new IngestError(
      'NOT_UTF8',
      subject,
      'the file is not valid UTF-8; convert it first (e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > out.txt`)',
      { cause },
    );
  }
}
