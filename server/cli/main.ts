/**
 * The command line: `npm run seed -- [--check] [--seeds DIR]`, `npm run report -- ...`.
 * Every failure ends with a message that names what was wrong and a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { AnnotationError, InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../../graph/index.js';
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

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof AnnotationError) {
    console.error(`The seeds are invalid; nothing was written:\n${error.message}`);
  } else if (error instanceof InvalidArgumentError || error instanceof NotFoundError || error instanceof StoreUnavailableError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
