import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DevServerError } from './devServerError.js';
import { checkJavaToolchain } from './javaToolchain.js';

/**
 * Compiles the launcher and resolves Neo4j's jars with Maven, skipping Maven entirely when the
 * last build is newer than pom.xml and the Java sources and its jars are still in the local
 * repository (a re-run then costs a few stat calls, not a 3 s Maven start).
 *
 * The classpath points into ~/.m2 rather than copying ~45 MB of jars into target/.
 * Concurrent callers (parallel test files) serialise on a lock directory, so one Maven runs.
 */

export const SERVER_DIR = dirname(fileURLToPath(import.meta.url));
export const MAIN_CLASS = 'cyberlaw.neo4j.DevServer';

export interface DevServerBuild {
  /** The `-cp` value: compiled launcher first, then Neo4j's jars. */
  readonly classpath: string;
  /** Whether Maven ran (false when the previous build was up to date). */
  readonly built: boolean;
}

export async function buildDevServer(): Promise<DevServerBuild> {
  const upToDate = currentBuild();
  if (upToDate) return { classpath: upToDate, built: false };
  return withBuildLock(async () => {
    // Another process may have built it while we waited for the lock.
    const builtMeanwhile = currentBuild();
    if (builtMeanwhile) return { classpath: builtMeanwhile, built: false };
    await runMaven();
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    const classpath = currentBuild();
    if (!classpath) {
      throw new DevServerError('BUILD_FAILED', `Maven succeeded but ${CLASSPATH_FILE} is missing or lists absent jars.`);
    }
    return { classpath, built: true };
  });
}

// Private:

/** Whether the lock names a process of this machine that no longer runs (no pid file yet: not gone). */
function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const TARGET = join(SERVER_DIR, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const STAMP = join(TARGET, 'build.stamp');
const LOCK = join(TARGET, 'build.lock');
const CLASSES = join(TARGET, 'classes');
/** A lock older than this is from a killed build. First builds download ~45 MB. */
const STALE_LOCK_MS = 15 * 60_000;

/** The classpath of an up-to-date build, or null when Maven must run. */
function currentBuild(): string | null {
  if (!existsSync(STAMP) || !existsSync(CLASSPATH_FILE)) return null;
  const builtAt = statSync(STAMP).mtimeMs;
  if (newestInputMtime() > builtAt) return null;
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(':').filter(Boolean);
  if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return null;
  return [CLASSES, ...jars].join(':');
}

function newestInputMtime(): number {
  const inputs = [join(SERVER_DIR, 'pom.xml'), ...filesUnder(join(SERVER_DIR, 'src'))];
  return Math.max(...inputs.map((file) => statSync(file).mtimeMs));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function runMaven(): Promise<void> {
  const toolchain = checkJavaToolchain();
  if (!toolchain.ok) {
    throw new DevServerError(toolchain.missing === 'java' ? 'JAVA_MISSING' : 'MAVEN_MISSING', toolchain.reason);
  }
  const args = ['-q', '-B', 'compile', 'dependency:build-classpath'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(toolchain.mvn, args, { cwd: SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.join('').trim().split('\n').slice(-30).join('\n');
    throw new DevServerError(
      'BUILD_FAILED',
      `"mvn ${args.join(' ')}" in ${SERVER_DIR} exited with ${String(code)}. Maven Central must be reachable for the first build. Last output:\n${tail}`,
    );
  }
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(TARGET, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK); // atomic: exactly one process creates it
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      // A build killed half-way (Ctrl+C, a CI step cancelled) leaves its lock: its holder is gone.
      if (lock && (holderIsGone() || Date.now() - lock.mtimeMs > STALE_LOCK_MS)) {
        rmSync(LOCK, { recursive: true, force: true });
      } else {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
