import { describe, expect, test } from 'vitest';
import { loadSeeds } from '../../graph/index.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';

describe('the curated seeds of the Hangzhou 2019 meeting', async () => {
  const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
  const document = bundle.documents.find((d) => d.id === 'hangzhou-2019')!;
  const codePoints = Array.from(document.text);

  test('load without problems and hold statements and positions', () => {
    expect(bundle.statements.length).toBeGreaterThan(30);
    expect(bundle.positions.length).toBeGreaterThan(bundle.statements.length);
  });

  test('anchor every quote verbatim at its code-point offsets', () => {
    for (const position of bundle.positions) {
      const { start, end, quote, prefix, suffix } = position.evidence;
      expect(codePoints.slice(start, end).join('')).toBe(quote);
      expect(codePoints.slice(start - Array.from(prefix).length, start).join('')).toBe(prefix);
      expect(codePoints.slice(end, end + Array.from(suffix).length).join('')).toBe(suffix);
    }
  });

  test('place every quote inside the span of its statement', () => {
    const statements = new Map(bundle.statements.map((s) => [s.id, s]));
    for (const position of bundle.positions) {
      const statement = statements.get(position.statementId)!;
      expect(position.evidence.start).toBeGreaterThanOrEqual(statement.start);
      expect(position.evidence.end).toBeLessThanOrEqual(statement.end);
      expect(codePoints.slice(statement.start, statement.end).join('')).toBe(statement.text);
    }
  });

  test('record the ten participating States and the ICRC observer', () => {
    const states = bundle.participations.filter((p) => p.status === 'MEMBER_STATE').map((p) => p.actorId).sort();
    expect(states).toEqual(['ARE', 'CHN', 'IRN', 'IRQ', 'JPN', 'PAK', 'QAT', 'SAU', 'THA', 'VNM']);
    expect(bundle.participations).toContainEqual(expect.objectContaining({ actorId: 'icrc', status: 'OBSERVER' }));
  });

  test('give every State its ISO 3166-1 alpha-3 code', () => {
    for (const actor of bundle.actors.filter((a) => a.kind === 'STATE')) expect(actor.isoCode).toBe(actor.id);
  });

  test('sort positions and statements by unique sort keys', () => {
    for (const list of [bundle.positions, bundle.statements]) {
      const keys = list.map((item) => item.sortKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
    }
  });

  test('produce the same fingerprint on every load of the same files', async () => {
    expect((await loadSeeds({ seedsDir: SEEDS_DIR })).fingerprint).toBe(bundle.fingerprint);
  });
});
