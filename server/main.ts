/**
 * `npm start`: opens the store the environment selects, loads the seeds into it when they changed
 * (or the store is empty), and serves GraphQL and the visualizer. Owns SIGTERM/SIGINT: stop
 * accepting, let in-flight requests finish (up to SHUTDOWN_GRACE_MS), then close the store, which
 * for the embedded store checkpoints its write-ahead log into graph.sqlite.
 */
import './productionMode.js'; // first: before graphql-js and Express read NODE_ENV
import './heapGrowth.js'; // before the analysis worker starts
import { AnnotationError, InvalidArgumentError, StoreUnavailableError, syncSeeds } from '../graph/index.js';
import { createStore, storeConfigFromEnv } from '../graph/store/createStore.js';
import { hostFromEnv, httpSettingsFromEnv, portFromEnv, queryLimitsFromEnv, seedsDirFromEnv, VISUALIZER_DIR } from './config.js';
import { startServer } from './http/startServer.js';

async function main(): Promise<void> {
  // Every setting is read and checked before anything is opened, so a typo stops the start cleanly.
  const config = storeConfigFromEnv(process.env);
  const limits = queryLimitsFromEnv(process.env);
  const http = httpSettingsFromEnv(process.env);
  const port = portFromEnv(process.env);
  const host = hostFromEnv(process.env);

  const store = await createStore(config);
  const where = config.kind === 'sqlite' ? `embedded store at ${config.dataDir}` : `Neo4j at ${config.uri}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> =>
    (stopping ??= (async () => {
      console.log(`${signal}: no longer accepting requests; letting those in flight finish (up to ${http.shutdownGraceMs} ms).`);
      try {
        await server?.close();
      } finally {
        await store.close();
        console.log('Stopped: store closed.');
      }
    })());
  // Registered before the seeds load, so a signal during a long load still closes the store
  // (the load's transaction then rolls back and the previous graph stays).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return; // a second Ctrl-C while draining: keep draining
      shutdown(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    });
  }

  const sync = await syncSeeds({ store, seedsDir: seedsDirFromEnv(process.env) });
  console.log(
    sync.loaded
      ? `Loaded seeds into the ${where}: ${sync.counts.statements} statements, ${sync.counts.positions} positions.`
      : `Using the ${where} (seeds unchanged): ${sync.counts.statements} statements, ${sync.counts.positions} positions.`,
  );
  if (stopping) return;

  server = await startServer({ store, port, host, staticDir: VISUALIZER_DIR, limits, http });
  console.log(`Serving GraphQL at ${server.url}/graphql and the explorer at ${server.url}/`);
}

main().catch((error: unknown) => {
  if (error instanceof AnnotationError) {
    console.error(`The seeds are invalid; nothing was changed in the store:\n${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${process.env.PORT ?? '4000'} is already in use; stop what holds it or set PORT to another port.`);
  } else if (error instanceof InvalidArgumentError || error instanceof StoreUnavailableError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
