/**
 * Ends the current main-thread task and resumes in a new one, so the browser can render and answer
 * input in between: how the start-up of a large graph is cut into tasks of a few tens of
 * milliseconds instead of one that freezes the page for seconds. `scheduler.yield()` where the
 * browser has it (Chromium 129+: the continuation runs before other queued tasks, so yielding costs
 * little), a zero-delay timeout elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
