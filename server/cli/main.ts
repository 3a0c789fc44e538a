/**
 * The command line: `npm run seed -- [--check] [--seeds DIR]`, `npm run report -- ...`.
 * Every failure ends with a message that names what was wrong and a non-zero exit code.
 */
import { Command, CommanderError, InvalidArgumentError as OptionError, Option } from 'commander';
import { AnnotationError, InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../../graph/index.js';
import { IngestError } from '../../graph/ingest/ingestError.js';
import { evalExtractCommand } from './evalExtractCommand.js';
import { ingestCommand } from './ingestCommand.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../graph/export/writeExport.js';
import { exportCommand, releaseCommand } from './exportCommand.js';
import { importCommand } from './importCommand.js';
import { reportCommand } from './reportCommand.js';
import { reviewCommand } from './reviewCommand.js';
import { seedCommand } from './seedCommand.js';

const program = new Command()
  .name('cyberlaw')
  .description('Cyberlaw Positions Graph command line')
  .exitOverride()
  .showHelpAfterError();

program
  .command('seed')
  .description('validate the curated seeds and load them into the selected store (NEO4J_URI, else DATA_DIR)')
  .option('--check', 'validate only; write nothing')
  .option('--seeds <dir>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .action((options) => seedCommand(options));

const collect = (value: string, previous: string[]) => [...previous, value];
const positiveInteger = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new OptionError(`expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  return number;
};

program
  .command('report')
  .description('write the zero draft of consensual principles, with verbatim citations')
  .addOption(new Option('--format <format>', 'md (Markdown) or json').choices(['md', 'json']).default('md'))
  .option('--out <file>', 'write to this file instead of stdout')
  .option('--meeting <id>', 'only this meeting (repeatable)', collect, [])
  .option('--agenda-item <id>', 'only this agenda item (repeatable)', collect, [])
  .option('--actor <id>', 'only this actor (repeatable)', collect, [])
  .option('--source <id>', 'only positions recorded in this document or dataset (repeatable)', collect, [])
  .option('--tier <tier>', 'only positions recorded in a document of this reliability tier, e.g. SECONDARY (repeatable)', collect, [])
  .option('--min-supporters <n>', 'least number of supporting States per candidate principle', positiveInteger, 2)
  .action((options) => reportCommand(options));

program
  .command('ingest')
  .description('take in a document (.txt .md .html .pdf .docx): extract its text, suggest statements and positions, write seeds/documents/<id>/')
  .argument('<file>', 'the document to ingest')
  .option('--id <id>', 'document id (default: the file name as a slug)')
  .option('--title <title>', 'title (default: the title found in the file)')
  .option('--date <YYYY-MM-DD>', 'date the document was issued (default: the meeting\'s last day)')
  .option('--issued-by <actor>', 'actor id of the issuing body (default: the meeting\'s organisation)')
  .option('--source-url <url>', 'where the publisher put it online')
  .option('--reliability <tier>', `one of ${['OFFICIAL_RECORD', 'STATE_PUBLISHED', 'UNOFFICIAL_SUMMARY', 'MACHINE_SUMMARY', 'SECONDARY'].join(', ')} (default: STATE_PUBLISHED with --actor, else UNOFFICIAL_SUMMARY)`)
  .option('--meeting <id>', 'the meeting the document reports on (required unless --dry-run)')
  .option('--agenda-item <id>', 'agenda item for statements before any recognised heading (default: the first)')
  .option('--actor <id>', 'the whole document speaks for this actor (ISO 3166-1 alpha-3 for a State): a national statement or position paper')
  .addOption(new Option('--format <format>', 'text summary or JSON Lines (one per suggested position)').choices(['text', 'json']).default('text'))
  .option('--dry-run', 'write nothing at all')
  .option('--replace', 're-ingest a document that already exists (keeps annotations.yaml and rejections)')
  .option('--seeds <dir>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .action((file, options) => ingestCommand(file, options));

program
  .command('review')
  .description('review the suggestions of an ingested document: accept (as CURATED), change, reject')
  .argument('<document-id>', 'the document to review')
  .option('--reviewer <name>', 'who reviews (default: REVIEWER, else the login name)')
  .option('--accept-above <confidence>', 'accept, without asking, every suggestion whose confidence is at least this', parseFloat)
  .option('--list', 'list the pending suggestions and exit')
  .option('--seeds <dir>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .action((documentId, options) => reviewCommand(documentId, options));

program
  .command('eval:extract')
  .description('run the extractor on each curated document\'s text alone and score it against the curated annotations')
  .option('--json', 'print the scores as JSON Lines')
  .option('--misses', 'also list spurious suggestions')
  .option('--seeds <dir>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .action(async (options) => {
    await evalExtractCommand(options);
  });

program
  .command('import')
  .description('bring a coded dataset (CSV or XLSX, wide or long form) into the seeds and the store')
  .argument('<dataset>', 'the dataset file (.csv, .tsv or .xlsx)')
  .requiredOption('--mapping <file>', 'mapping YAML: actor column, answers, questions, metadata (graph/import/README.md)')
  .option('--seeds <dir>', 'seeds folder (default: SEEDS_DIR or ./seeds)')
  .option('--no-load', 'write the seed files only; leave the store as it is')
  .action((dataset, options) => importCommand(dataset, { mapping: options.mapping, seeds: options.seeds, noLoad: options.load === false }));

program
  .command('export')
  .description('write the graph (or the named meetings/datasets) as CSV + datapackage.json, JSON-LD, GraphML or GEXF')
  .addOption(new Option('--format <format>', 'csv, jsonld, graphml or gexf (repeatable)').choices([...EXPORT_FORMATS]).argParser((value: string, previous: ExportFormat[] | undefined) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new OptionError(`expected one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(value)}`);
    return [...(previous ?? []), value as ExportFormat];
  }))
  .requiredOption('--out <dir>', 'folder to write into')
  .option('--meeting <id>', 'only this meeting or dataset (repeatable)', collect, [])
  .action((options) => exportCommand({ format: options.format ?? [...EXPORT_FORMATS], out: options.out, meeting: options.meeting }));

program
  .command('release')
  .description('write a dated, versioned snapshot: every export, licences, CITATION.cff and a SHA-256 manifest')
  .option('--out <dir>', 'folder for releases', 'releases')
  .action((options) => releaseCommand({ out: options.out }));

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof AnnotationError) {
    console.error(`The seeds are invalid; nothing was written:\n${error.message}`);
  } else if (error instanceof IngestError) {
    console.error(`error: ${error.message}`);
  } else if (error instanceof InvalidArgumentError || error instanceof NotFoundError || error instanceof StoreUnavailableError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
