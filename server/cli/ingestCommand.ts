import countries from 'i18n-iso-countries';
import { mkdir, readFile, rename, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { didYouMean } from '../../graph/errors/didYouMean.js';
import { RELIABILITY_TIERS, type ReliabilityTier } from '../../graph/model/index.js';
import { codePointIndex } from '../../graph/load/codePointIndex.js';
import { loadSeeds } from '../../graph/load/loadSeeds.js';
import { annotationsFileSchema, rejectedFileSchema, type RejectedFile } from '../../graph/load/schema.js';
import { buildDraft } from '../../graph/ingest/draft/buildDraft.js';
import { catalogFromBundle } from '../../graph/ingest/extract/catalogFromBundle.js';
import { extractSuggestions, slug } from '../../graph/ingest/extract/extractSuggestions.js';
import type { Extraction } from '../../graph/ingest/extract/Suggestion.js';
import { IngestError } from '../../graph/ingest/ingestError.js';
import { readSourceFile, sha256Hex } from '../../graph/ingest/read/readSourceFile.js';
import { PROJECT_ROOT } from '../config.js';
import { parse as parseYaml } from 'yaml';

export interface IngestOptions {
  readonly seeds?: string;
  readonly id?: string;
  readonly title?: string;
  readonly date?: string;
  readonly issuedBy?: string;
  readonly sourceUrl?: string;
  readonly reliability?: string;
  readonly meeting?: string;
  readonly agendaItem?: string;
  readonly actor?: string;
  readonly format: 'text' | 'json';
  readonly dryRun?: boolean;
  readonly replace?: boolean;
}

/**
 * `npm run ingest -- FILE [options]`: reads FILE, suggests statements and positions, and (unless
 * --dry-run) creates seeds/documents/<id>/ with the extracted text, document.yaml and
 * annotations.draft.yaml. Every check runs before the first write; the written folder is then
 * validated with the rest of the seeds and removed again if the seeds would not load.
 */
export async function ingestCommand(file: string, options: IngestOptions): Promise<void> {
  const seedsDir = path.resolve(options.seeds ?? process.env.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds'));
  const source = await readSourceFile(file);
  const bundle = await loadSeeds({ seedsDir });
  const actorId = options.actor ? checkActor(options.actor, bundle.actors.map((a) => a.id)) : null;
  const meeting = options.meeting ? bundle.meetings.find((m) => m.id === options.meeting) : null;
  if (options.meeting && !meeting) {
    throw new IngestError('BAD_OPTION', '--meeting', `unknown meeting ${JSON.stringify(options.meeting)}.${didYouMean(options.meeting, bundle.meetings.map((m) => m.id)) || ' Add it under seeds/meetings/ first.'}`);
  }
  if (!options.dryRun && !meeting) {
    throw new IngestError('MISSING_OPTION', '--meeting', `required: the meeting the document reports on (one of ${bundle.meetings.map((m) => m.id).join(', ')}); add a new meeting under seeds/meetings/ first`);
  }
  const agendaItems = bundle.agendaItems.filter((item) => item.meetingId === meeting?.id);
  if (options.agendaItem && !agendaItems.some((item) => item.id === options.agendaItem)) {
    throw new IngestError('BAD_OPTION', '--agenda-item', `${JSON.stringify(options.agendaItem)} is not an agenda item of meeting ${JSON.stringify(meeting?.id ?? null)}.${didYouMean(options.agendaItem, agendaItems.map((i) => i.id))}`);
  }
  const reliability = (options.reliability ?? (actorId ? 'STATE_PUBLISHED' : 'UNOFFICIAL_SUMMARY')) as ReliabilityTier;
  if (!RELIABILITY_TIERS.includes(reliability)) {
    throw new IngestError('BAD_OPTION', '--reliability', `expected one of ${RELIABILITY_TIERS.join(', ')}, got ${JSON.stringify(options.reliability)}`);
  }
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new IngestError('BAD_OPTION', '--date', `expected a date as YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  const id = options.id ?? slug(path.basename(file, path.extname(file)));
  if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id)) throw new IngestError('BAD_OPTION', '--id', `expected ASCII letters, digits and . _ : - , got ${JSON.stringify(id)}`);
  const folder = path.join(seedsDir, 'documents', id);
  const exists = (await stat(folder).catch(() => null)) !== null || bundle.documents.some((d) => d.id === id);
  if (!options.dryRun && exists && !options.replace) {
    throw new IngestError('DOCUMENT_EXISTS', '--id', `document ${JSON.stringify(id)} already exists in ${path.relative(process.cwd(), folder) || folder}; pass --replace to re-ingest it (its annotations.yaml and rejections are kept), or choose another --id`);
  }

  const catalog = catalogFromBundle(bundle, meeting?.id ?? null);
  const defaultAgendaItemId = options.agendaItem ?? agendaItems[0]?.id ?? `${id}.unplaced`;
  const extraction = extractSuggestions({ text: source.text, catalog, documentId: id, actorId, defaultAgendaItemId });
  const rejected = [...(await readRejected(folder)), ...(await readCurated(folder))];
  const today = new Date().toISOString().slice(0, 10);
  const attendeeIds = new Set(bundle.attendances.filter((a) => a.meetingId === meeting?.id).map((a) => a.personId));
  const { draft, kept } = buildDraft({ text: source.text, extraction, extractedOn: today, defaultAgendaItemId, attendeeIds, rejected });

  if (options.format === 'json') printJsonLines(source.text, kept);
  if (options.dryRun) {
    if (options.format === 'text') printSummary(kept, id, null);
    return;
  }

  const textName = `${id}.txt`;
  const documentYaml = {
    id,
    title: options.title ?? source.title ?? id,
    source: textName,
    date: options.date ?? meeting!.endsOn,
    issued_by: options.issuedBy ?? meeting!.organizationId,
    reliability,
    meeting: meeting!.id,
    ...(options.sourceUrl ? { source_url: options.sourceUrl } : {}),
    ...(source.original.mediaType === 'text/plain' && path.extname(file).toLowerCase() === '.txt'
      ? {}
      : { original: { name: source.original.name, sha256: source.original.sha256, media_type: source.original.mediaType } }),
  };
  const newActors = missingActors(kept, bundle.actors.map((a) => a.id));
  await writeFolder({ seedsDir, folder, textName, text: source.text, documentYaml, draft, newActors, replace: exists });
  if (options.format === 'text') printSummary(kept, id, { folder, textSha256: sha256Hex(source.text), newActors });
}

function checkActor(actor: string, catalogIds: readonly string[]): string {
  if (catalogIds.includes(actor)) return actor;
  const upper = actor.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return upper;
  throw new IngestError('BAD_OPTION', '--actor', `${JSON.stringify(actor)} is neither an actor of the catalog nor an ISO 3166-1 alpha-3 code (e.g. IRN, ISR, JPN).${didYouMean(actor, catalogIds)}`);
}

async function readRejected(folder: string): Promise<RejectedFile['rejected']> {
  const raw = await readFile(path.join(folder, 'annotations.rejected.yaml'), 'utf8').catch(() => null);
  if (raw === null) return [];
  const parsed = rejectedFileSchema.safeParse(parseYaml(raw));
  if (!parsed.success) throw new IngestError('BAD_OPTION', path.join(folder, 'annotations.rejected.yaml'), `not a valid rejections file: ${parsed.error.issues[0]?.message}`);
  return parsed.data.rejected;
}

/**
 * Positions already curated for this document, as rejection entries: a re-ingest must not
 * suggest again what a reviewer already accepted (nor reuse its id).
 */
async function readCurated(folder: string): Promise<RejectedFile['rejected']> {
  const raw = await readFile(path.join(folder, 'annotations.yaml'), 'utf8').catch(() => null);
  if (raw === null) return [];
  const parsed = annotationsFileSchema.safeParse(parseYaml(raw));
  if (!parsed.success) return [];
  return parsed.data.statements.flatMap((statement) =>
    statement.positions.map((p) => ({ actor: statement.actor, target: p.target, stance: p.stance, quote: p.quote, rejected_by: 'accepted', rejected_on: '1970-01-01', id: p.id })),
  );
}

/** One JSON object per suggested position (offsets in code points of the stored text, end exclusive). */
function printJsonLines(text: string, extraction: Extraction): void {
  const toCodePoint = codePointIndex(text);
  const lines = extraction.positions.map((p) =>
    JSON.stringify({
      actor: p.actorId,
      target: p.targetId,
      targetName: p.targetName,
      stance: p.stance,
      quote: p.quote,
      start: toCodePoint(p.start),
      end: toCodePoint(p.end),
      confidence: p.confidence,
      cue: p.cues,
      statementId: p.statementId,
    }),
  );
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

function printSummary(extraction: Extraction, id: string, written: { folder: string; textSha256: string; newActors: NewActor[] } | null): void {
  const candidates = extraction.positions.filter((p) => !p.targetId);
  console.log(`${extraction.statements.length} statement(s), ${extraction.positions.length - candidates.length} position(s) on catalog targets, ${candidates.length} on candidate new targets`);
  for (const name of new Set(candidates.map((c) => c.targetName))) console.log(`  candidate target (not in the catalog; add it or map it in review): ${name}`);
  if (!written) {
    console.log('dry run: nothing written');
    return;
  }
  for (const actor of written.newActors) console.log(`added to catalog/actors.yaml: ${actor.id} (${actor.name}, ${actor.kind})`);
  console.log(`wrote ${path.relative(process.cwd(), written.folder) || written.folder} (text SHA-256 ${written.textSha256})`);
  console.log(`next: npm run review -- ${id}`);
}

interface NewActor {
  readonly id: string;
  readonly kind: 'STATE' | 'ORGANIZATION' | 'COMPANY';
  readonly name: string;
}

function missingActors(extraction: Extraction, catalogIds: readonly string[]): NewActor[] {
  const known = new Set(catalogIds);
  const added = new Map<string, NewActor>();
  for (const s of extraction.statements) {
    if (known.has(s.actorId) || added.has(s.actorId)) continue;
    added.set(s.actorId, { id: s.actorId, kind: s.actorKind, name: s.actorKind === 'STATE' ? (countries.getName(s.actorId, 'en') ?? s.actorName) : s.actorName });
  }
  return [...added.values()];
}

async function writeFolder(options: {
  seedsDir: string;
  folder: string;
  textName: string;
  text: string;
  documentYaml: object;
  draft: object;
  newActors: NewActor[];
  replace: boolean;
}): Promise<void> {
  const { seedsDir, folder } = options;
  const actorsFile = path.join(seedsDir, 'catalog', 'actors.yaml');
  const actorsBefore = await readFile(actorsFile, 'utf8');
  // Outside documents/, so the validation below does not read the old copy as a second document.
  const backup = path.join(seedsDir, `.ingest-backup-${path.basename(folder)}`);
  if (options.replace) await rename(folder, backup).catch(() => undefined);
  try {
    await mkdir(folder, { recursive: true });
    if (options.replace) {
      // A re-ingest keeps what people made: curated annotations and remembered rejections.
      for (const keep of ['annotations.yaml', 'annotations.rejected.yaml']) {
        const kept = await readFile(path.join(backup, keep)).catch(() => null);
        if (kept) await writeFile(path.join(folder, keep), kept);
      }
    }
    await writeFile(path.join(folder, options.textName), options.text, 'utf8');
    await writeFile(path.join(folder, 'document.yaml'), stringify(options.documentYaml, { lineWidth: 0 }));
    await writeFile(
      path.join(folder, 'annotations.draft.yaml'),
      `# Suggestions by the extractor, EXTRACTED until reviewed: npm run review -- ${path.basename(folder)}\n${stringify(options.draft, { lineWidth: 0 })}`,
    );
    if (options.newActors.length > 0) {
      const lines = options.newActors.map((a) => `  - id: ${a.id}\n    kind: ${a.kind}\n    name: ${JSON.stringify(a.name)}\n    aliases: []\n`).join('');
      await appendFile(actorsFile, `${actorsBefore.endsWith('\n') ? '' : '\n'}  # Added by npm run ingest (${path.basename(folder)})\n${lines}`);
    }
    await loadSeeds({ seedsDir });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    await writeFile(actorsFile, actorsBefore);
    if (options.replace) await rename(backup, folder).catch(() => undefined);
    throw error;
  }
  if (options.replace) await rm(backup, { recursive: true, force: true });
}
