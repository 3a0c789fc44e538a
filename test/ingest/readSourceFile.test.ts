import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../graph/ingest/ingestError.js';
import { readSourceFile, sha256Hex } from '../../graph/ingest/read/readSourceFile.js';
import { makeDocx, makeImageOnlyPdf, makePdf } from './support/makeFixtures.js';

const PARAGRAPHS = [
  'The representative of Chile said that international law applies in cyberspace.',
  'The delegate of Viet Nam asked whether the principle of due diligence was binding.',
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cpg-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

async function rejection(file: string): Promise<IngestError> {
  const error = await readSourceFile(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('readSourceFile', () => {
  it('reads a PDF text layer, paragraph words intact, and records the original file', async () => {
    const bytes = await makePdf(PARAGRAPHS, { title: 'Chile and Viet Nam' });
    const read = await readSourceFile(await write('report.pdf', bytes));
    for (const paragraph of PARAGRAPHS) expect(read.text.replace(/\s+/g, ' ')).toContain(paragraph);
    expect(read.title).toBe('Chile and Viet Nam');
    expect(read.original).toEqual({ name: 'report.pdf', sha256: sha256Hex(bytes), mediaType: 'application/pdf' });
  });

  it('reads a DOCX paragraph by paragraph', async () => {
    const read = await readSourceFile(await write('paper.docx', await makeDocx(PARAGRAPHS)));
    expect(read.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(read.original.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('reads HTML as paragraphs without markup, scripts or link targets', async () => {
    const html = `<!doctype html><html><head><title>Press release</title><script>var x = 1;</script></head>
      <body><nav>Home | News</nav><h1>Debate on ICT security</h1><p>${PARAGRAPHS[0]}</p>
      <p>The delegate of <a href="https://example.org/vn">Viet Nam</a> asked whether the principle of due diligence was binding.</p></body></html>`;
    const read = await readSourceFile(await write('coverage.html', html));
    expect(read.title).toBe('Press release');
    expect(read.text).toBe(`Debate on ICT security\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
  });

  it('keeps plain text and Markdown byte-for-byte', async () => {
    const text = `# Statement\r\n\r\nThe *delegate of Japan* said “yes”.\r\n`;
    const read = await readSourceFile(await write('note.md', text));
    expect(read.text).toBe(text);
    expect(read.title).toBe('Statement');
    expect(read.original.mediaType).toBe('text/markdown');
  });

  it('refuses an unknown extension', async () => {
    expect((await rejection(await write('slides.pptx', 'x'))).kind).toBe('UNKNOWN_EXTENSION');
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = Buffer.from('D\xe9l\xe9gation de la C\xf4te d\'Ivoire', 'latin1');
    expect((await rejection(await write('latin1.txt', latin1))).kind).toBe('NOT_UTF8');
  });

  it('refuses an image-only PDF, saying it has no text layer and suggesting OCR', async () => {
    const error = await rejection(await write('scan.pdf', await makeImageOnlyPdf()));
    expect(error.kind).toBe('NO_TEXT_LAYER');
    expect(error.message).toMatch(/OCR/);
  });

  it('refuses a password-protected PDF', async () => {
    const error = await rejection(await write('locked.pdf', await makePdf(PARAGRAPHS, { userPassword: 'secret' })));
    expect(error.kind).toBe('PASSWORD_PROTECTED');
  });

  it('refuses a corrupt DOCX and a corrupt PDF', async () => {
    expect((await rejection(await write('broken.docx', 'PK\u0003\u0004 not really a zip'))).kind).toBe('CORRUPT_FILE');
    expect((await rejection(await write('broken.pdf', '%PDF-1.4 truncated'))).kind).toBe('CORRUPT_FILE');
  });

  it('refuses an empty file', async () => {
    expect((await rejection(await write('empty.txt', '  \n'))).kind).toBe('EMPTY_TEXT');
  });
});
