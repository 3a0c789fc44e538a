import { decodeUtf8 } from './decodeUtf8.js';

/**
 * Plain text and Markdown are stored as they are: the published bytes are the quotable text
 * (Markdown emphasis included, as curated seeds already quote it).
 */
export function readPlainText(bytes: Uint8Array, subject: string): { text: string; title: string | null } {
  const text = decodeUtf8(bytes, subject);
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '');
  const title = firstLine ? firstLine.replace(/^#+\s*/, '').trim().slice(0, 200) : null;
  return { text, title };
}
