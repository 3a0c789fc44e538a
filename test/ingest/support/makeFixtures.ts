import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

/**
 * Source files made in the test from known paragraphs (never third-party texts): a PDF with a
 * text layer (one paragraph per block, optional password), a PDF of images only, a DOCX.
 */
export function makePdf(paragraphs: readonly string[], options: { userPassword?: string; title?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      info: { Title: options.title ?? 'Test document' },
      ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Helvetica').fontSize(11);
    for (const paragraph of paragraphs) pdf.text(paragraph, { paragraphGap: 12 });
    pdf.end();
  });
}

/** A PDF whose only page content is a drawn rectangle: what a scan looks like to a text extractor. */
export function makeImageOnlyPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.rect(50, 50, 200, 300).fill('#333333');
    pdf.end();
  });
}

export function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new DocxDocument({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
  return Packer.toBuffer(doc);
}
