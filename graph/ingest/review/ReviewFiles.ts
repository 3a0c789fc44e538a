import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { annotationsFileSchema, documentFileSchema, draftAnnotationsFileSchema, rejectedFileSchema } from '../../load/schema.js';
import type { AnnotationsFile, DraftAnnotationsFile, RejectedFile } from '../../load/schema.js';
import { IngestError } from '../ingestError.js';

/** The three files a review reads and rewrites, as data. */
export interface ReviewFiles {
  readonly draft: DraftAnnotationsFile;
  readonly curated: AnnotationsFile | null;
  readonly rejected: RejectedFile['rejected'];
}

export interface ReviewDocument {
  readonly folder: string;
  readonly documentId: string;
  readonly text: string;
}

/** Reads a document's draft, curated annotations and rejections. Throws if it has no draft. */
export async function readReviewFiles(seedsDir: string, documentId: string): Promise<{ document: ReviewDocument; files: ReviewFiles }> {
  const folder = path.join(seedsDir, 'documents', documentId);
  const metaRaw = await readFile(path.join(folder, 'document.yaml'), 'utf8').catch(() => null);
  if (metaRaw === null) throw new IngestError('BAD_OPTION', 'document-id', `no document ${JSON.stringify(documentId)} in ${path.join(seedsDir, 'documents')}; ingest it first with npm run ingest -- FILE`);
  const meta = documentFileSchema.parse(parse(metaRaw));
  const text = await readFile(path.join(folder, meta.source), 'utf8');
  const draftRaw = await readFile(path.join(folder, 'annotations.draft.yaml'), 'utf8').catch(() => null);
  if (draftRaw === null) throw new IngestError('BAD_OPTION', 'document-id', `document ${JSON.stringify(documentId)} has no annotations.draft.yaml: nothing to review`);
  const draft = draftAnnotationsFileSchema.parse(parse(draftRaw));
  const curatedRaw = await readFile(path.join(folder, 'annotations.yaml'), 'utf8').catch(() => null);
  const curated = curatedRaw === null ? null : annotationsFileSchema.parse(parse(curatedRaw));
  const rejectedRaw = await readFile(path.join(folder, 'annotations.rejected.yaml'), 'utf8').catch(() => null);
  const rejected = rejectedRaw === null ? [] : rejectedFileSchema.parse(parse(rejectedRaw)).rejected;
  return { document: { folder, documentId, text }, files: { draft, curated, rejected } };
}

/**
 * Writes the three files after one decision. Each is written to a temporary name and renamed
 * over the old one, so an interrupted review leaves every file whole (quit and resume anywhere).
 */
export async function writeReviewFiles(folder: string, files: ReviewFiles): Promise<void> {
  await replaceFile(
    path.join(folder, 'annotations.draft.yaml'),
    `# Suggestions by the extractor, EXTRACTED until reviewed: npm run review -- ${path.basename(folder)}\n${stringify(files.draft, { lineWidth: 0 })}`,
  );
  if (files.curated) await replaceFile(path.join(folder, 'annotations.yaml'), stringify(files.curated, { lineWidth: 0 }));
  else await rm(path.join(folder, 'annotations.yaml'), { force: true });
  if (files.rejected.length > 0) await replaceFile(path.join(folder, 'annotations.rejected.yaml'), stringify({ rejected: files.rejected }, { lineWidth: 0 }));
  else await rm(path.join(folder, 'annotations.rejected.yaml'), { force: true });
}

async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
