/**
 * The server under benchmark, in its own process so its memory (RSS) is its own: the store the
 * environment selects (DATA_DIR or NEO4J_URI), no seed sync (the benchmark loaded the corpus),
 * port 0, the operator settings server/main.ts reads (README, "Reliability and security"). Prints
 * one JSON line `{"url": ...}` when listening; stops on SIGTERM.
 */
import '../../server/productionMode.js'; // first, as in server/main.ts
import '../../server/heapGrowth.js';
import { createStore, storeConfigFromEnv } from '../../graph/store/createStore.js';
import { httpSettingsFromEnv } from '../../server/config.js';
import { startServer } from '../../server/http/startServer.js';

const store = await createStore(storeConfigFromEnv(process.env));
// The request deadline (default 10 s) would cut cold analyses at UN scale on a busy machine and
// turn a slow answer into an error; the benchmark measures how slow instead (REQUEST_TIMEOUT_MS
// still overrides).
const server = await startServer({
  store,
  port: 0,
  host: '127.0.0.1',
  http: { ...httpSettingsFromEnv(process.env), requestTimeoutMs: Number(process.env.REQUEST_TIMEOUT_MS || 600_000) },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
