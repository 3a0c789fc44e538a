import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';

/**
 * The layering the style guide asks for, checked on the source itself (graphql-js enforces the
 * same with `import/no-cycle`): no import cycles; graph/ never imports server/ or visualizer/; each
 * database driver is imported only by its adapter.
 */
const SOURCE_FOLDERS = ['graph', 'server'];

function sourceFiles(folder: string): string[] {
  const absolute = path.join(PROJECT_ROOT, folder);
  return readdirSync(absolute).flatMap((name) => {
    const child = path.join(folder, name);
    if (statSync(path.join(PROJECT_ROOT, child)).isDirectory()) return name === 'node_modules' || name === 'target' ? [] : sourceFiles(child);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [child] : [];
  });
}

/** Import specifiers of a file, static and dynamic, type-only ones excluded (they vanish at run time). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.join(path.dirname(from), specifier).replace(/\.js$/, '.ts');
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const edges = new Map(files.map((file) => [file, importsOf(file)]));

describe('the source layering', () => {
  test('has no import cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const specifier of edges.get(file) ?? []) {
        const target = resolveRelative(file, specifier);
        if (target && edges.has(target)) visit(target, [...trail, file]);
      }
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('graph/ imports nothing from server/ or visualizer/', () => {
    const offending = files
      .filter((file) => file.startsWith('graph/'))
      .flatMap((file) => (edges.get(file) ?? []).map((specifier) => [file, resolveRelative(file, specifier)] as const))
      .filter(([, target]) => target !== null && /^(server|visualizer)\//.test(target));
    expect(offending).toEqual([]);
  });

  test.each([
    ['neo4j-driver', 'graph/store/neo4j/'],
    ['better-sqlite3', 'graph/store/sqlite/'],
  ])('%s is imported only under %s', (driver, folder) => {
    const importers = files.filter((file) => (edges.get(file) ?? []).includes(driver));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith(folder))).toEqual([]);
  });
});
