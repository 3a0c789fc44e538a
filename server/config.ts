import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '../graph/index.js';

/** The project's root folder, whatever the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where curated seeds live unless `SEEDS_DIR` says otherwise. */
export function seedsDirFromEnv(env: NodeJS.ProcessEnv): string {
  return env.SEEDS_DIR ? path.resolve(env.SEEDS_DIR) : path.join(PROJECT_ROOT, 'seeds');
}

/** The built visualizer, served at `/`. */
export const VISUALIZER_DIR = path.join(PROJECT_ROOT, 'visualizer', 'dist');

/** `PORT` (default 4000), checked so a typo gives a message rather than a random port. */
export function portFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('PORT', `PORT: expected a port number from 0 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}
