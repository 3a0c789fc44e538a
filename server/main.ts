/**
 * `npm start`: opens the store the environment selects, loads the seeds into it when they changed
 * (or the store is empty), and serves GraphQL and the visualizer.
 */
import { AnnotationError, syncSeeds } from '../graph/index.js';
import { createStore, storeConfigFromEnv } from '../graph/store/createStore.js';
import { portFromEnv, seedsDirFromEnv, VISUALIZER_DIR } from './config.js';
import { startServer } from './http/startServer.js';

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  const store = await createStore(config);
  const where = config.kind === 'sqlite' ? `embedded store at ${config.dataDir}` : `Neo4j at ${config.uri}`;

  const sync = await syncSeeds({ store, seedsDir: seedsDirFromEnv(process.env) });
  console.log(
    sync.loaded
      ? `Loaded seeds into the ${where}: ${sync.counts.statements} statements, ${sync.counts.positions} positions.`
      : `Using the ${where} (seeds unchanged): ${sync.counts.statements} statements, ${sync.counts.positions} positions.`,
  );

  const server = await startServer({ store, port: portFromEnv(process.env), host: process.env.HOST, staticDir: VISUALIZER_DIR });
  console.log(`Serving GraphQL at ${server.url}/graphql and the explorer at ${server.url}/`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: shutting down.`);
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof AnnotationError) {
    console.error(`The seeds are invalid; nothing was changed in the store:\n${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? '4000'} is already in use; stop what holds it or set PORT to another port.`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
