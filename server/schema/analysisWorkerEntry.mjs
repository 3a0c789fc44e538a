// The analysis worker's entry (see analysisWorker.ts). A worker thread starts without the parent's
// TypeScript loader when the parent was not started through tsx (vitest, a bundler), so it
// registers tsx itself before importing the TypeScript module.
import { register } from 'tsx/esm/api';

register();
const { default: runTask } = await import('./analysisWorker.ts');
export default runTask;
