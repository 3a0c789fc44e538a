export {
  AnnotationError,
  InvalidArgumentError,
  NotFoundError,
  StoreUnavailableError,
  formatProblem,
} from './errors.js';
export type { AnnotationProblem, SourceLocation } from './errors.js';
export { didYouMean } from './didYouMean.js';
