import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Starts `serve.ts` in a child Node process with `env` and waits for its URL. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    env: { ...process.env, NEO4J_URI: '', DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // A server that dies under the benchmark says so, rather than leave only "other side closed".
      if (!stopping) process.stderr.write(`bench server ${child.pid} exited unexpectedly: code ${code}, signal ${signal}\n`);
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    void exited.then(() => reject(new Error('bench server exited before listening; see its output above')));
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      process.removeListener('exit', killOnExit);
      stopping = true;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory of a process in MiB, from /proc (Linux): now (VmRSS) or its peak (VmHWM). */
export function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : Number.NaN;
}
