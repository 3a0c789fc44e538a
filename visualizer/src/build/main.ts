/**
 * `npm run build:visualizer` (and `prestart`): builds `visualizer/dist` unless it is up to date.
 * `--force` rebuilds anyway.
 */
import path from 'node:path';
import { buildVisualizer } from './buildVisualizer.js';

const result = await buildVisualizer({ force: process.argv.includes('--force') });
const where = path.relative(process.cwd(), result.outDir) || '.';
console.log(
  result.built
    ? `Built the explorer into ${where} in ${(result.milliseconds / 1000).toFixed(1)} s.`
    : `The explorer in ${where} is up to date.`,
);
