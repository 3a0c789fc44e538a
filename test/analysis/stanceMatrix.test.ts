import { describe, expect, test } from 'vitest';
import { netStance, stanceMatrix, STANCES } from '../../graph/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

describe('stanceMatrix', () => {
  const cells = stanceMatrix(hangzhouInput);

  test('counts every position in scope exactly once, in one cell per actor and target', () => {
    expect(cells.reduce((sum, cell) => sum + cell.positions, 0)).toBe(hangzhouInput.positions.length);
    expect(new Set(cells.map((c) => `${c.targetId} ${c.actorId}`)).size).toBe(cells.length);
    for (const cell of cells) expect(STANCES.reduce((sum, s) => sum + cell.counts[s], 0)).toBe(cell.positions);
  });

  test('gives each cell the net stance of the stances counted in it', () => {
    for (const cell of cells) expect(cell.net).toBe(netStance(STANCES.filter((s) => cell.counts[s] > 0)));
  });

  test('keeps only the actor and target kinds asked for', () => {
    const kinds = new Map([...hangzhouInput.actors, ...hangzhouInput.targets].map((e) => [e.id, e.kind]));
    const narrowed = stanceMatrix(hangzhouInput, { actorKinds: ['STATE'], targetKinds: ['PROPOSAL'] });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((c) => kinds.get(c.actorId) === 'STATE' && kinds.get(c.targetId) === 'PROPOSAL')).toBe(true);
  });

  test('counts the distinct statements behind each stance and behind the cell', () => {
    const statementsOf = (cell: (typeof cells)[number], stance?: string) =>
      new Set(hangzhouInput.positions.filter((p) => p.actorId === cell.actorId && p.targetId === cell.targetId && (!stance || p.stance === stance)).map((p) => p.statementId)).size;
    for (const cell of cells) {
      expect(cell.statements).toBe(statementsOf(cell));
      for (const stance of STANCES) expect(cell.statementsByStance[stance]).toBe(statementsOf(cell, stance));
    }
  });
});
