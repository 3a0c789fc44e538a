import { nextTask } from './nextTask.js';

/** A loop's time budget per main-thread task (createTaskBudget). */
export interface TaskBudget {
  /** True once the current task has run for the budget (the clock read every CLOCK_EVERY calls): the loop should `await next()` before going on. */
  due(): boolean;
  /** Ends the task (nextTask.ts) and starts the budget again in the next one. */
  next(): Promise<void>;
}

/**
 * How a long loop over a graph of UN size (25,000 elements) stays within a task of a few tens of
 * milliseconds: it asks `due()` (no promise; the clock read one call in CLOCK_EVERY) every item and, when
 * due, awaits `next()`. A budget of time rather than a fixed slice size: the same loop takes five
 * times longer on a loaded 2-core machine than on a quiet one, and the goal is about tasks, not items.
 */
export function createTaskBudget(milliseconds: number = TASK_BUDGET_MS): TaskBudget {
  let started = performance.now();
  let calls = 0;
  return {
    due: () => ++calls % CLOCK_EVERY === 0 && performance.now() - started >= milliseconds,
    async next() {
      await nextTask();
      started = performance.now();
    },
  };
}

/** Work per task before yielding: well under the 200 ms goal, leaving room for the browser's own work in the same task (garbage collection). */
export const TASK_BUDGET_MS = 40;
/** Calls to `due()` per clock read: reading it for each of 25,000 items cost more than the items' work. */
const CLOCK_EVERY = 32;
