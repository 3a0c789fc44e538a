/**
 * Why a request's remaining work was abandoned: its deadline passed (`deadline`), or its client
 * closed the connection (`client-gone`). Raised as the request's AbortSignal reason and thrown by
 * the next field that would start resolving.
 */
export class RequestAbortedError extends Error {
  readonly code = 'REQUEST_TIMEOUT';
  readonly reason: 'deadline' | 'client-gone';
  readonly timeoutMs: number;

  constructor(reason: 'deadline' | 'client-gone', timeoutMs: number) {
    super(
      reason === 'deadline'
        ? `The request ran past its deadline of ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was stopped. Ask for less: smaller pages, a narrower scope, fewer fields.`
        : 'The client closed the connection; the request was stopped.',
    );
    this.name = 'RequestAbortedError';
    this.reason = reason;
    this.timeoutMs = timeoutMs;
  }
}

/** What the HTTP layer adds to each request's context: the signal that ends its work. */
export interface RequestControl {
  readonly signal: AbortSignal;
}

/**
 * A signal that aborts after `timeoutMs`, or when `onClientGone` reports the connection closed
 * before the response was sent. `dispose` clears the timer once the response is out.
 */
export function requestSignal(timeoutMs: number): { signal: AbortSignal; clientGone(): void; dispose(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline', timeoutMs)), timeoutMs);
  timer.unref();
  return {
    signal: controller.signal,
    clientGone: () => controller.abort(new RequestAbortedError('client-gone', timeoutMs)),
    dispose: () => clearTimeout(timer),
  };
}
