import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { IngestError } from '../ingestError.js';

/**
 * PDF through unpdf (pdf.js, serverless build: no worker, no fonts or CMaps fetched at run time).
 * Pages are joined with a blank line, so a page break reads as a paragraph break. A PDF whose pages
 * carry no text (a scan) is refused rather than stored empty: there is nothing to quote.
 */
export async function readPdf(bytes: Uint8Array, subject: string): Promise<{ text: string; title: string | null }> {
  let proxy: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    proxy = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 } as never);
  } catch (cause) {
    const name = (cause as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new IngestError(
        'PASSWORD_PROTECTED',
        subject,
        'the PDF is password-protected; ask the publisher for an open copy, or remove the password (e.g. `qpdf --password=... --decrypt in.pdf out.pdf`)',
        { cause },
      );
    }
    throw new IngestError('CORRUPT_FILE', subject, `not a readable PDF (${(cause as Error).message}); check the download is complete`, { cause });
  }
  try {
    const { text: pages } = await extractText(proxy, { mergePages: false });
    // A word broken at a line end ("non-\nintervention") is joined again, hyphen kept: the line
    // break is layout, not text, and a quote or a target name must not straddle it.
    const text = pages
      .map((page) => page.trim().replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1-'))
      .filter((page) => page !== '')
      .join('\n\n');
    if (text.trim() === '') {
      throw new IngestError(
        'NO_TEXT_LAYER',
        subject,
        `the PDF has ${proxy.numPages} page(s) but no text layer (a scan or images only); run OCR first (e.g. \`ocrmypdf in.pdf out.pdf\`) and ingest the result`,
      );
    }
    const meta = await getMeta(proxy).catch(() => null);
    const infoTitle = (meta?.info as { Title?: unknown } | undefined)?.Title;
    const title = typeof infoTitle === 'string' && infoTitle.trim() !== '' ? infoTitle.trim() : null;
    return { text, title };
  } finally {
    await proxy.destroy();
  }
}
