import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from '../ingestError.js';
import { readDocx } from './readDocx.js';
import { readHtml } from './readHtml.js';
import { readPdf } from './readPdf.js';
import { readPlainText } from './readPlainText.js';
import type { SourceText } from './SourceText.js';

/** The extensions ingest reads, with the media type recorded for each. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Reads one file by its extension. Throws `IngestError` for anything it cannot turn into text. */
export async function readSourceFile(filePath: string): Promise<SourceText> {
  const extension = path.extname(filePath).toLowerCase();
  const mediaType = MEDIA_TYPES[extension];
  if (!mediaType) {
    throw new IngestError(
      'UNKNOWN_EXTENSION',
      filePath,
      `cannot read ${extension ? `"${extension}" files` : 'a file without an extension'}; expected one of ${Object.keys(MEDIA_TYPES).join(', ')}`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (cause) {
    throw new IngestError('UNREADABLE_FILE', filePath, `cannot read the file (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, { cause });
  }
  const read = await readByType(extension, bytes, filePath);
  if (read.text.trim() === '') throw new IngestError('EMPTY_TEXT', filePath, 'the file holds no text to quote');
  return {
    text: read.text,
    title: read.title,
    original: { name: path.basename(filePath), sha256: sha256Hex(bytes), mediaType },
  };
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readByType(extension: string, bytes: Uint8Array, subject: string): Promise<{ text: string; title: string | null }> | { text: string; title: string | null } {
  switch (extension) {
    case '.pdf':
      return readPdf(bytes, subject);
    case '.docx':
      return readDocx(bytes, subject);
    case '.html':
    case '.htm':
      return readHtml(bytes, subject);
    default:
      return readPlainText(bytes, subject);
  }
}
