import { InvalidArgumentError } from '../errors/index.js';

/** `value` when it is an integer of at least `min`; otherwise throws `InvalidArgumentError` on `argument`. */
export function validateCount(argument: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new InvalidArgumentError(argument, `${argument} must be an integer of at least ${min}; got ${JSON.stringify(value)}.`);
  }
  return value;
}
