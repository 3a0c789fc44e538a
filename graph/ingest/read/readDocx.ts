import mammoth from 'mammoth';
import { IngestError } from '../ingestError.js';

/** DOCX through mammoth's raw text: one paragraph per Word paragraph, separated by a blank line. */
export async function readDocx(bytes: Uint8Array, subject: string): Promise<{ text: string; title: string | null }> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (cause) {
    throw new IngestError(
      'CORRUPT_FILE',
      subject,
      `not a readable Word document (${(cause as Error).message.split('\n')[0]}); open it in Word or LibreOffice and save it again as .docx`,
      { cause },
    );
  }
  const text = value.replace(/\n{3,}/g, '\n\n').trim();
  const firstLine = text.split('\n').find((line) => line.trim() !== '');
  return { text, title: firstLine ? firstLine.trim().slice(0, 200) : null };
}
