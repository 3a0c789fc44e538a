import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Finds the Java and Maven that build and run the development Neo4j server. Neo4j 5.26 runs on
 * Java 17 or 21; `JAVA_HOME` wins over `PATH`, as it does for Maven itself.
 */

export const MIN_JAVA_MAJOR = 17;

export type ToolchainStatus =
  | { readonly ok: true; readonly java: string; readonly javaMajor: number; readonly mvn: string }
  | { readonly ok: false; readonly missing: 'java' | 'maven'; readonly reason: string };

/** Path or command of the `java` to run. */
export function javaCommand(): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', 'java') : 'java';
}

/** Checks once per process; costs about half a second (`mvn -v` starts a JVM). */
export function checkJavaToolchain(): ToolchainStatus {
  cached ??= probe();
  return cached;
}

/** Whether Java (>= 17) and Maven are both here, so the server can be built and started. */
export function hasJava(): boolean {
  return checkJavaToolchain().ok;
}

// Private:

let cached: ToolchainStatus | undefined;

function probe(): ToolchainStatus {
  const java = javaCommand();
  // `java -version` prints to stderr, e.g. `openjdk version "17.0.15" 2025-04-15`.
  const javaRun = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (javaRun.error || javaRun.status !== 0) {
    return {
      ok: false,
      missing: 'java',
      reason: `Java ${MIN_JAVA_MAJOR}+ is needed to run Neo4j but "${java} -version" failed (${describe(javaRun)}). Install a JDK (apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.`,
    };
  }
  const major = parseJavaMajor(javaRun.stderr);
  if (major === null || major < MIN_JAVA_MAJOR) {
    return {
      ok: false,
      missing: 'java',
      reason: `Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR} or 21 but "${java} -version" reported ${JSON.stringify(firstLine(javaRun.stderr))}. Set JAVA_HOME to a JDK ${MIN_JAVA_MAJOR}+.`,
    };
  }
  const mvnRun = spawnSync('mvn', ['-v', '-B'], { encoding: 'utf8' });
  if (mvnRun.error || mvnRun.status !== 0) {
    return {
      ok: false,
      missing: 'maven',
      reason: `Maven is needed to fetch Neo4j from Maven Central but "mvn -v" failed (${describe(mvnRun)}). Install it (apt-get install maven).`,
    };
  }
  return { ok: true, java, javaMajor: major, mvn: 'mvn' };
}

/** "1.8.0_392" -> 8, "17.0.15" -> 17, "21" -> 21. */
function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function describe(run: ReturnType<typeof spawnSync>): string {
  if (run.error) return (run.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : run.error.message;
  return `exit code ${String(run.status)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
