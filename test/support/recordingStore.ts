import type { GraphStore } from '../../graph/index.js';

/** A real store whose every method call is recorded by name (a recording wrapper around it, not a mock). */
export function recording(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function'
        ? (...args: unknown[]) => {
            calls.push(String(name));
            return value.apply(target, args);
          }
        : value;
    },
  });
  return { store: proxy, calls };
}
