/**
 * `npm run neo4j:start` / `npm run neo4j:stop` (and `tsx graph/store/neo4j/server/control.ts
 * status|build`; `build` only fetches and compiles, e.g. as a CI step before the tests):
 * the developer's Neo4j, kept in `.neo4j/` at the repository root (data, Neo4j's logs/debug.log,
 * the JVM's output in neo4j.log, the pid in neo4j.pid). Port from NEO4J_PORT, default 7687.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDevServer, SERVER_DIR } from './buildDevServer.js';
import { DevServerError } from './devServerError.js';
import { launchDevServer } from './launchDevServer.js';
import { checkJavaToolchain } from './javaToolchain.js';
import { isPortInUse } from './ports.js';
import { waitForBolt } from './waitForBolt.js';

const ROOT = resolve(SERVER_DIR, '../../../..');
const HOME = join(ROOT, '.neo4j');
const PID_FILE = join(HOME, 'neo4j.pid');
const LOG_FILE = join(HOME, 'neo4j.log');
const STOP_TIMEOUT_MS = 60_000;

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      return status();
    case 'build':
      return build();
    default:
      console.error('usage: tsx graph/store/neo4j/server/control.ts start|stop|status|build');
      return 2;
  }
}

async function start(): Promise<number> {
  const running = runningServer();
  if (running) {
    console.log(`Neo4j is already running (pid ${running.pid}) at ${uriOf(running.port)}; "npm run neo4j:stop" stops it.`);
    return 0;
  }
  const port = portFromEnv();
  if (await isPortInUse(port)) {
    throw new DevServerError('PORT_IN_USE', `port ${port} on 127.0.0.1 is taken by another process; set NEO4J_PORT to a free port.`);
  }
  const toolchain = checkJavaToolchain();
  if (!toolchain.ok) {
    throw new DevServerError(toolchain.missing === 'java' ? 'JAVA_MISSING' : 'MAVEN_MISSING', toolchain.reason);
  }
  const buildStarted = Date.now();
  const { classpath, built } = await buildDevServer();
  if (built) console.log(`built the Neo4j launcher with Maven in ${seconds(Date.now() - buildStarted)}`);

  mkdirSync(HOME, { recursive: true });
  const log = openSync(LOG_FILE, 'a');
  const startedAt = Date.now();
  const { child, exited } = launchDevServer({ classpath, home: HOME, port, stdio: ['ignore', log, log], detached: true, profile: 'dev' });
  closeSync(log);
  if (child.pid !== undefined) writeFileSync(PID_FILE, `${child.pid}\n`);
  try {
    await waitForBolt({ uri: uriOf(port), exited: exited.then((reason) => `${reason}; see ${LOG_FILE} and ${join(HOME, 'logs/debug.log')}`) });
  } catch (error) {
    rmSync(PID_FILE, { force: true });
    if (child.exitCode === null) child.kill('SIGTERM');
    throw error;
  }
  child.unref();
  console.log(`Neo4j 5.26 is up in ${seconds(Date.now() - startedAt)} (pid ${child.pid}, logs in ${LOG_FILE})`);
  console.log(uriOf(port));
  return 0;
}

async function stop(): Promise<number> {
  const running = runningServer();
  if (!running) {
    rmSync(PID_FILE, { force: true });
    console.log('Neo4j is not running.');
    return 0;
  }
  const startedAt = Date.now();
  process.kill(running.pid, 'SIGTERM'); // DevServer's shutdown hook checkpoints and closes the store
  while (isAlive(running.pid)) {
    if (Date.now() - startedAt > STOP_TIMEOUT_MS) {
      process.kill(running.pid, 'SIGKILL');
      rmSync(PID_FILE, { force: true });
      console.error(`Neo4j (pid ${running.pid}) did not stop within ${seconds(STOP_TIMEOUT_MS)}; killed it. The next start recovers from the transaction log.`);
      return 1;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  rmSync(PID_FILE, { force: true });
  console.log(`Neo4j (pid ${running.pid}) stopped cleanly in ${seconds(Date.now() - startedAt)}.`);
  return 0;
}

async function build(): Promise<number> {
  const toolchain = checkJavaToolchain();
  if (!toolchain.ok) {
    throw new DevServerError(toolchain.missing === 'java' ? 'JAVA_MISSING' : 'MAVEN_MISSING', toolchain.reason);
  }
  const startedAt = Date.now();
  const { built } = await buildDevServer();
  console.log(built ? `built the Neo4j launcher with Maven in ${seconds(Date.now() - startedAt)}` : 'the Neo4j launcher is up to date');
  return 0;
}

async function status(): Promise<number> {
  const running = runningServer();
  console.log(running ? `running (pid ${running.pid}) at ${uriOf(running.port)}` : 'not running');
  return 0;
}

/**
 * The server named by the pid file, if that pid is alive and still our launcher: a stale pid file
 * whose number the OS gave to another process must not be reported, let alone signalled.
 */
function runningServer(): { pid: number; port: number } | null {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const args = commandLineOf(pid);
  const main = args.indexOf('cyberlaw.neo4j.DevServer');
  if (main < 0) return null;
  return { pid, port: Number(args[main + 2]) };
}

/** Linux's /proc; elsewhere we trust the pid file alone. */
function commandLineOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return ['cyberlaw.neo4j.DevServer', '', String(portFromEnv())];
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portFromEnv(): number {
  const raw = process.env['NEO4J_PORT'] ?? '7687';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new DevServerError('START_FAILED', `NEO4J_PORT must be a port number (1-65535), got ${JSON.stringify(raw)}`);
  }
  return port;
}

function uriOf(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DevServerError ? `neo4j: ${error.message}` : error);
    process.exit(1);
  },
);
