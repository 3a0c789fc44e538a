import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncSeeds } from '../../graph/index.js';
import { readGraph, type ExportGraph } from '../../graph/export/readGraph.js';
import { EXPORT_FORMATS, writeExport } from '../../graph/export/writeExport.js';
import { writeRelease } from '../../graph/export/writeRelease.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * The exports of the Hangzhou seeds as a researcher would open them: GraphML in networkx and in
 * python-igraph, with ids that are XML NCNames; GEXF with the stance as edge kind; JSON-LD expanded
 * by jsonld.js; every CSV table parsed strictly against its data dictionary and read by pandas;
 * and a release whose manifest hashes every file. The Python libraries come from pip
 * (`python3 -m pip install igraph pandas`; networkx too where Debian's python3-networkx is absent),
 * which .ci/run installs when missing.
 *
 * The GraphML is not validated against the GraphML XML Schema (graphml.graphdrawing.org) with
 * `xmllint --schema`: the schema files and the site state no licence for copying them (secondary
 * sources call the format CC BY 3.0, but not in the publishers' own words), so no copy is shipped;
 * and the tests fetch nothing from the network (the schema also imports W3C's xlink.xsd by URL).
 * What the schema would catch here (ids and references that are not NCNames, duplicate keys,
 * malformed XML) is checked with xmllint and the NCName rule, and two GraphML readers must open it.
 */
let data: Awaited<ReturnType<typeof tempDataDir>>;
let store: ReturnType<typeof createSqliteStore>;
let out: string;
let graph: ExportGraph;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  out = await mkdtemp(path.join(os.tmpdir(), 'cpg-export-'));
  graph = await readGraph(store, { now: new Date('2026-11-30T00:00:00Z') });
  for (const format of EXPORT_FORMATS) await writeExport(graph, format, out);
});
afterAll(async () => {
  await store.close();
  await data.remove();
  await rm(out, { recursive: true, force: true });
});

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

describe('GraphML', () => {
  test('every id, reference and key is an NCName, keys are unique, the XML is well-formed', async () => {
    const xml = await readFile(path.join(out, 'graph.graphml'), 'utf8');
    execFileSync('xmllint', ['--noout', path.join(out, 'graph.graphml')]);
    const ids = [...xml.matchAll(/ (id|source|target|key)="([^"]*)"/g)].map((m) => m[2]!);
    expect(ids.filter((id) => !NCNAME.test(id))).toEqual([]);
    const keyIds = [...xml.matchAll(/<key id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(keyIds).size).toBe(keyIds.length);
    const elementIds = [...xml.matchAll(/<(?:node|edge) id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(elementIds).size).toBe(elementIds.length);
  });

  test('networkx reads it as a multigraph that keeps China’s parallel stances on IHL apart', () => {
    const script = `
import json, networkx as nx
g = nx.read_graphml(${JSON.stringify(path.join(out, 'graph.graphml'))})
chn_ihl = sorted(d['kind'] for u, v, d in g.edges(data=True) if u == 'nactor_x003A_CHN' and v == 'ntarget_x003A_ihl')
print(json.dumps({'multi': g.is_multigraph(), 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'version': g.graph['data_version'], 'chn_ihl': chn_ihl}))`;
    const result = JSON.parse(python(script));
    expect(result).toEqual({
      multi: true,
      nodes: graph.actors.length + graph.targets.length,
      edges: graph.positions.length + relationsOf(graph),
      version: graph.graphVersion,
      chn_ihl: graph.positions.filter((p) => p.actorId === 'CHN' && p.targetId === 'ihl').map((p) => p.stance).sort(),
    });
    expect(new Set(result.chn_ihl).size).toBeGreaterThan(1);
  });

  test('python-igraph reads it with one vertex per actor and target and one edge per position and relation', () => {
    const script = `
import json, igraph as ig
g = ig.Graph.Read_GraphML(${JSON.stringify(path.join(out, 'graph.graphml'))})
ids = g.vs['id']
chn, ihl = ids.index('nactor_x003A_CHN'), ids.index('ntarget_x003A_ihl')
print(json.dumps({'directed': g.is_directed(), 'nodes': g.vcount(), 'edges': g.ecount(),
  'chn_ihl': sorted(e['kind'] for e in g.es.select(_source=chn, _target=ihl))}))`;
    const result = JSON.parse(python(script));
    expect(result).toEqual({
      directed: true,
      nodes: graph.actors.length + graph.targets.length,
      edges: graph.positions.length + relationsOf(graph),
      chn_ihl: graph.positions.filter((p) => p.actorId === 'CHN' && p.targetId === 'ihl').map((p) => p.stance).sort(),
    });
  });
});

describe('GEXF', () => {
  test('is well-formed, one edge per position with the stance as its kind, and records the data version', async () => {
    const xml = await readFile(path.join(out, 'graph.gexf'), 'utf8');
    execFileSync('xmllint', ['--noout', path.join(out, 'graph.gexf')]);
    const positionEdges = [...xml.matchAll(/<edge id="position:[^"]*"[^>]* kind="([A-Z]+)"/g)].map((m) => m[1]);
    expect(positionEdges).toHaveLength(graph.positions.length);
    expect(new Set(positionEdges)).toEqual(new Set(graph.positions.map((p) => p.stance)));
    expect(xml).toContain(`data version ${graph.graphVersion}`);
  });
});

describe('JSON-LD', () => {
  test('jsonld.js expands it; every position is a Web Annotation with quote and position selectors', async () => {
    const document = JSON.parse(await readFile(path.join(out, 'graph.jsonld'), 'utf8'));
    const expanded = await jsonld.expand(document);
    const annotations = (expanded as any[]).flatMap((node) => node['@graph'] ?? [node]).filter((node: any) => node['@type']?.includes('http://www.w3.org/ns/oa#Annotation'));
    expect(annotations).toHaveLength(graph.positions.length);
    const selectors = annotations[0]['http://www.w3.org/ns/oa#hasTarget'][0]['http://www.w3.org/ns/oa#hasSelector'];
    expect(selectors.map((s: any) => s['@type'][0]).sort()).toEqual([
      'http://www.w3.org/ns/oa#TextPositionSelector',
      'http://www.w3.org/ns/oa#TextQuoteSelector',
    ]);
    expect(document.version).toBe(graph.graphVersion);
  });
});

describe('CSV', () => {
  test('each table parses strictly, matches its data dictionary and holds every entity', async () => {
    const datapackage = JSON.parse(await readFile(path.join(out, 'csv/datapackage.json'), 'utf8'));
    expect(datapackage.version).toBe(graph.graphVersion);
    const counts: Record<string, number> = {};
    for (const resource of datapackage.resources) {
      const rows = parse(await readFile(path.join(out, 'csv', resource.path), 'utf8'), { bom: false, relax_quotes: false, relax_column_count: false }) as string[][];
      expect(rows[0]).toEqual(resource.schema.fields.map((f: any) => f.name));
      counts[resource.name] = rows.length - 1;
    }
    expect(counts).toMatchObject({ actors: graph.actors.length, targets: graph.targets.length, positions: graph.positions.length, statements: graph.statements.length });
    const positions = parse(await readFile(path.join(out, 'csv/positions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const first = graph.positions[0]!;
    expect(positions[0]).toMatchObject({ id: first.id, quote: first.evidence.quote, start: String(first.evidence.start), located: 'true' });
  });
});

describe('CSV in pandas', () => {
  test('pandas reads every table with its row count, and every position joins to its actor', async () => {
    const datapackage = JSON.parse(await readFile(path.join(out, 'csv/datapackage.json'), 'utf8'));
    const tables = Object.fromEntries(datapackage.resources.map((r: any) => [r.name, path.join(out, 'csv', r.path)]));
    const script = `
import json, pandas as pd
tables = json.loads(${JSON.stringify(JSON.stringify(tables))})
# Every cell as text, empty cells as '' (not NaN): the ids are strings, some look like numbers.
frames = {name: pd.read_csv(file, dtype=str, keep_default_na=False) for name, file in tables.items()}
joined = frames['positions'].merge(frames['actors'], left_on='actor_id', right_on='id', how='left', suffixes=('', '_actor'), validate='many_to_one', indicator=True)
print(json.dumps({'rows': {name: len(frame) for name, frame in frames.items()},
  'columns': {name: list(frame.columns) for name, frame in frames.items()},
  'joined': int((joined['_merge'] == 'both').sum()),
  'actor_names': sorted(set(joined['name'])) }))`;
    const result = JSON.parse(python(script));
    const expectedRows: Record<string, number> = {};
    const expectedColumns: Record<string, string[]> = {};
    for (const resource of datapackage.resources) {
      const rows = parse(await readFile(path.join(out, 'csv', resource.path), 'utf8'), { columns: true }) as unknown[];
      expectedRows[resource.name] = rows.length;
      expectedColumns[resource.name] = resource.schema.fields.map((f: any) => f.name);
    }
    expect(result.rows).toEqual(expectedRows);
    expect(result.rows).toMatchObject({ actors: graph.actors.length, targets: graph.targets.length, positions: graph.positions.length, statements: graph.statements.length });
    expect(result.columns).toEqual(expectedColumns);
    expect(result.joined).toBe(graph.positions.length);
    const names = new Map(graph.actors.map((a) => [a.id, a.name]));
    expect(result.actor_names).toEqual([...new Set(graph.positions.map((p) => names.get(p.actorId)!))].sort());
  });
});

describe('release', () => {
  test('a dated, versioned folder whose manifest hashes every file and names the graph version', async () => {
    const releases = await mkdtemp(path.join(os.tmpdir(), 'cpg-release-'));
    try {
      const { dir, manifest } = await writeRelease({ store, outDir: releases, projectRoot: PROJECT_ROOT, version: '0.1.0', now: new Date('2026-11-30T00:00:00Z') });
      expect(path.basename(dir)).toBe('2026-11-30-v0.1.0');
      expect(manifest.graphVersion).toBe(await store.getGraphVersion());
      const listed = manifest.files.map((f) => f.path);
      expect(listed).toEqual(expect.arrayContaining(['graph.graphml', 'graph.gexf', 'graph.jsonld', 'csv/positions.csv', 'LICENSE', 'LICENSE-DATA.md', 'CITATION.cff']));
      const { createHash } = await import('node:crypto');
      for (const file of manifest.files) {
        expect(createHash('sha256').update(await readFile(path.join(dir, file.path))).digest('hex')).toBe(file.sha256);
      }
      expect((await readdir(dir)).sort()).toContain('manifest.json');
    } finally {
      await rm(releases, { recursive: true, force: true });
    }
  });
});

/** Runs a Python 3 script and returns what it printed. */
function python(script: string): string {
  return execFileSync('python3', ['-c', script], { encoding: 'utf8' });
}

/** Edges the GraphML draws besides positions: element of, enshrined in, part of, about. */
function relationsOf(exported: ExportGraph): number {
  return exported.targets.reduce(
    (n, t) =>
      n +
      (t.kind === 'PRINCIPLE'
        ? (t.elementOfId ? 1 : 0) + t.enshrinedInIds.length
        : t.kind === 'INSTRUMENT'
          ? t.partOfId
            ? 1
            : 0
          : t.kind === 'QUESTION'
            ? t.aboutIds.length
            : 0),
    0,
  );
}
