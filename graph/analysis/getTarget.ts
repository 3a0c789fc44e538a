import type { Target } from '../model/index.js';
import type { InputIndex } from './indexInput.js';
import { unknownIdError } from './unknownIdError.js';

/** The target a caller named; throws `InvalidArgumentError` (on `argument`) with the closest ids when unknown. */
export function getTarget(index: InputIndex, id: string, argument: string): Target {
  const target = index.targetById.get(id);
  if (target === undefined) throw unknownIdError(argument, 'targets', id, index.targetById.keys());
  return target;
}
