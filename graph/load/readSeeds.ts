import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnnotationProblem } from '../errors/index.js';
import { readYamlFile, type ParsedFile, type ParseResult } from './readYamlFile.js';
import {
  actorsFileSchema,
  annotationsFileSchema,
  documentFileSchema,
  instrumentsFileSchema,
  meetingFileSchema,
  personsFileSchema,
  principlesFileSchema,
  questionsFileSchema,
  datasetFileSchema,
  datasetPositionsFileSchema,
  type ActorsFile,
  type DatasetFile,
  type DatasetPositionsFile,
  type AnnotationsFile,
  type DocumentFile,
  type DraftAnnotationsFile,
  draftAnnotationsFileSchema,
  type InstrumentsFile,
  type MeetingFile,
  type PersonsFile,
  type PrinciplesFile,
  type QuestionsFile,
} from './schema.js';

/** One source document with its metadata and annotations. */
export interface SeedDocument {
  readonly meta: ParsedFile<DocumentFile>;
  readonly annotations: ParsedFile<AnnotationsFile> | null;
  /** The extractor's suggestions awaiting review (annotations.draft.yaml), loaded as EXTRACTED. */
  readonly draft: ParsedFile<DraftAnnotationsFile> | null;
  /** Source path relative to the seeds folder. */
  readonly sourcePath: string;
  readonly text: string;
  readonly sha256: string;
}

/** One coded research dataset (seeds/datasets/<id>/): its metadata, coded cells and file. */
export interface SeedDataset {
  readonly meta: ParsedFile<DatasetFile>;
  readonly positions: ParsedFile<DatasetPositionsFile>;
  /** Path of the dataset file as received, relative to the seeds folder. */
  readonly sourcePath: string;
  readonly sha256: string;
}

/** Every seed file, parsed and checked against its schema. */
export interface SeedFiles {
  readonly actors: ParsedFile<ActorsFile>;
  readonly persons: ParsedFile<PersonsFile>;
  readonly principles: ParsedFile<PrinciplesFile>;
  readonly instruments: ParsedFile<InstrumentsFile>;
  /** catalog/questions.yaml, or null when the seeds define no legal questions. */
  readonly questions: ParsedFile<QuestionsFile> | null;
  readonly meetings: readonly ParsedFile<MeetingFile>[];
  readonly documents: readonly SeedDocument[];
  readonly datasets: readonly SeedDataset[];
  /** SHA-256 over every seed file's path and bytes, in path order. */
  readonly fingerprint: string;
}

export type ReadSeedsResult =
  | { readonly ok: true; readonly files: SeedFiles }
  | { readonly ok: false; readonly problems: AnnotationProblem[] };

/**
 * Reads the seeds folder laid out as seeds/README.md describes. `displayRoot` prefixes file names
 * in messages (e.g. "seeds").
 */
export async function readSeeds(seedsDir: string, displayRoot = 'seeds'): Promise<ReadSeedsResult> {
  const problems: AnnotationProblem[] = [];
  const hashedFiles = new Map<string, Buffer>();
  const display = (relative: string) => path.posix.join(displayRoot, relative.split(path.sep).join('/'));

  async function parse<T>(relative: string, schema: Parameters<typeof readYamlFile>[2]) {
    const absolute = path.join(seedsDir, relative);
    const bytes = await readFile(absolute).catch(() => null);
    if (bytes) hashedFiles.set(relative, bytes);
    const result = (await readYamlFile(absolute, display(relative), schema)) as ParseResult<T>;
    if (!result.ok) {
      problems.push(...result.problems);
      return null;
    }
    return result.parsed;
  }

  const actors = await parse<ActorsFile>('catalog/actors.yaml', actorsFileSchema);
  const persons = await parse<PersonsFile>('catalog/persons.yaml', personsFileSchema);
  const principles = await parse<PrinciplesFile>('catalog/principles.yaml', principlesFileSchema);
  const instruments = await parse<InstrumentsFile>('catalog/instruments.yaml', instrumentsFileSchema);
  const hasQuestions = await exists(path.join(seedsDir, 'catalog/questions.yaml'));
  const questions = hasQuestions ? await parse<QuestionsFile>('catalog/questions.yaml', questionsFileSchema) : null;

  const meetings: ParsedFile<MeetingFile>[] = [];
  for (const name of await listEntries(seedsDir, 'meetings', problems, display)) {
    if (!name.endsWith('.yaml')) continue;
    const parsed = await parse<MeetingFile>(path.join('meetings', name), meetingFileSchema);
    if (parsed) meetings.push(parsed);
  }

  const documents: SeedDocument[] = [];
  for (const folder of await listEntries(seedsDir, 'documents', problems, display)) {
    const metaPath = path.join('documents', folder, 'document.yaml');
    const meta = await parse<DocumentFile>(metaPath, documentFileSchema);
    if (!meta) continue;
    const sourceRelative = path.join('documents', folder, meta.data.source);
    const sourceBytes = await readFile(path.join(seedsDir, sourceRelative)).catch(() => null);
    if (!sourceBytes) {
      problems.push({
        location: meta.locate(['source']),
        message: `source: no such file ${JSON.stringify(display(sourceRelative))}; put the document's text beside document.yaml`,
        value: meta.data.source,
      });
      continue;
    }
    hashedFiles.set(sourceRelative, sourceBytes);
    const annotationsPath = path.join('documents', folder, 'annotations.yaml');
    const hasAnnotations = await exists(path.join(seedsDir, annotationsPath));
    const annotations = hasAnnotations ? await parse<AnnotationsFile>(annotationsPath, annotationsFileSchema) : null;
    if (hasAnnotations && !annotations) continue;
    const draftPath = path.join('documents', folder, 'annotations.draft.yaml');
    const hasDraft = await readFile(path.join(seedsDir, draftPath)).then(
      () => true,
      () => false,
    );
    const draft = hasDraft ? await parse<DraftAnnotationsFile>(draftPath, draftAnnotationsFileSchema) : null;
    if (hasDraft && !draft) continue;
    documents.push({
      meta,
      annotations,
      draft,
      sourcePath: sourceRelative.split(path.sep).join('/'),
      text: sourceBytes.toString('utf8'),
      sha256: createHash('sha256').update(sourceBytes).digest('hex'),
    });
  }

  // Datasets are optional: a seeds folder without datasets/ has none.
  const datasets: SeedDataset[] = [];
  const datasetFolders = (await exists(path.join(seedsDir, 'datasets')))
    ? await listEntries(seedsDir, 'datasets', problems, display)
    : [];
  for (const folder of datasetFolders.filter((name) => !name.startsWith('.'))) {
    const meta = await parse<DatasetFile>(path.join('datasets', folder, 'dataset.yaml'), datasetFileSchema);
    const positions = await parse<DatasetPositionsFile>(path.join('datasets', folder, 'positions.yaml'), datasetPositionsFileSchema);
    if (!meta || !positions) continue;
    const sourceRelative = path.join('datasets', folder, meta.data.source);
    const sourceBytes = await readFile(path.join(seedsDir, sourceRelative)).catch(() => null);
    if (!sourceBytes) {
      problems.push({
        location: meta.locate(['source']),
        message: `source: no such file ${JSON.stringify(display(sourceRelative))}; keep the dataset file as received beside dataset.yaml`,
        value: meta.data.source,
      });
      continue;
    }
    hashedFiles.set(sourceRelative, sourceBytes);
    datasets.push({
      meta,
      positions,
      sourcePath: sourceRelative.split(path.sep).join('/'),
      sha256: createHash('sha256').update(sourceBytes).digest('hex'),
    });
  }

  if (problems.length > 0 || !actors || !persons || !principles || !instruments || (hasQuestions && !questions)) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    files: { actors, persons, principles, instruments, questions, meetings, documents, datasets, fingerprint: fingerprintOf(hashedFiles) },
  };
}

async function listEntries(
  seedsDir: string,
  folder: string,
  problems: AnnotationProblem[],
  display: (relative: string) => string,
): Promise<string[]> {
  try {
    return (await readdir(path.join(seedsDir, folder))).sort();
  } catch {
    problems.push({
      location: { file: display(folder), line: 1, column: 1 },
      message: `missing folder ${JSON.stringify(display(folder))}; see seeds/README.md for the layout`,
      value: folder,
    });
    return [];
  }
}

function exists(absolute: string): Promise<boolean> {
  return access(absolute).then(
    () => true,
    () => false,
  );
}

function fingerprintOf(files: Map<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash.update(name).update('\0').update(files.get(name)!).update('\0');
  }
  return hash.digest('hex');
}

/** A document's annotation files as the checks see them: the curated file, then the draft. */
export type AnnotationStatements = Pick<AnnotationsFile, 'statements'>;
export function annotationFilesOf(document: SeedDocument): ParsedFile<AnnotationStatements>[] {
  const files: ParsedFile<AnnotationStatements>[] = [];
  if (document.annotations) files.push(document.annotations);
  if (document.draft) files.push(document.draft);
  return files;
}
