import neo4j from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import type { Actor, Position, Target } from '../../graph/model/index.js';
import { ACTOR_COLUMNS, POSITION_COLUMNS, TARGET_COLUMNS, type Columns } from '../../graph/store/neo4j/columns.js';
import { nodeRowsOf, type NodeProperties } from '../../graph/store/neo4j/encode.js';

const base = {
  statementId: 's-1',
  targetId: 'principle-sovereignty',
  targetKind: 'PRINCIPLE',
  actorId: 'CHN',
  meetingId: 'm-1',
  agendaItemId: 'm-1.1',
  sortKey: '0001',
  evidence: { documentId: 'd-1', start: 10, end: 42, quote: 'a crucial rule of customary law', prefix: 'is ', suffix: '.', located: true, citation: null, sourceUrl: null },
} as const;

/** One position of each provenance, with every optional field set where the model has one. */
const POSITIONS: Position[] = [
  {
    ...base,
    id: 'p-curated',
    stance: 'QUALIFIES',
    note: 'coded from the summary',
    reservation: 'CONDITIONAL_ACCEPTANCE',
    provenance: { method: 'CURATED', coder: 'coder-1', codedOn: '2026-11-30', reviewer: 'reviewer-1', reviewedOn: '2026-11-30', suggestedBy: 'extractor-1' },
  },
  {
    ...base,
    id: 'p-extracted',
    stance: 'SUPPORTS',
    note: null,
    reservation: null,
    provenance: { method: 'EXTRACTED', extractor: 'extractor-1', confidence: 0.75, cue: ['supports', 'sovereignty'], extractedOn: '2026-11-30' },
  },
  {
    ...base,
    id: 'p-imported',
    stance: 'OPPOSES',
    note: null,
    reservation: null,
    evidence: { ...base.evidence, located: false, citation: 'A/76/136, p. 3', sourceUrl: 'https://example.org/a-76-136' },
    provenance: { method: 'IMPORTED', dataset: 'dataset-1', row: 7, column: 'sovereignty', coder: 'coder-2' },
  },
];

const ACTORS: Actor[] = [
  { id: 'CHN', kind: 'STATE', name: 'China', aliases: ['PRC'], isoCode: 'CN' },
  { id: 'aalco', kind: 'ORGANIZATION', name: 'AALCO', aliases: [], isoCode: null },
];

const TARGETS: Target[] = [
  { id: 'principle-due-diligence', kind: 'PRINCIPLE', name: 'Due diligence', aliases: ['due-diligence'], description: 'A State’s duty of care', elementOfId: 'principle-sovereignty', enshrinedInIds: ['instrument-charter'] },
  { id: 'instrument-charter', kind: 'INSTRUMENT', name: 'UN Charter', aliases: [], description: null, instrumentType: 'TREATY', partOfId: null, year: 1945 },
  { id: 'proposal-working-group', kind: 'PROPOSAL', name: 'A working group', aliases: [], description: null, meetingId: 'm-1', proposedById: 'CHN', decision: { outcome: 'ADOPTED', unanimous: false, quote: 'the proposal was adopted' } },
  { id: 'question-threshold', kind: 'QUESTION', name: 'Threshold', aliases: [], description: null, wording: 'When is coercion made out?', proposition: 'Coercion must be strongly made out.', aboutIds: ['principle-due-diligence'] },
];

/** What the driver hands back for a stored value (`disableLosslessIntegers`). */
const asRead = (value: unknown) => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : value);

/** Each kind read as columns, with the entities whose encoded rows cover its properties. */
const CASES: [string, Columns<unknown>, unknown[], NodeProperties[]][] = [
  ['positions', POSITION_COLUMNS, POSITIONS, nodeRowsOf({ positions: POSITIONS }).Position],
  ['actors', ACTOR_COLUMNS, ACTORS, nodeRowsOf({ actors: ACTORS }).Actor],
  ['targets', TARGET_COLUMNS, TARGETS, Object.values(nodeRowsOf({ principles: TARGETS.filter((t) => t.kind === 'PRINCIPLE'), instruments: TARGETS.filter((t) => t.kind === 'INSTRUMENT'), proposals: TARGETS.filter((t) => t.kind === 'PROPOSAL'), questions: TARGETS.filter((t) => t.kind === 'QUESTION') })).flat()],
];

/** Properties encode.ts derives for the server's own queries; they need not cross the wire. */
const DERIVED = new Set(['matchText']);

describe.each(CASES)('%s as columns (columns.ts)', (_name, columns, entities, rows) => {
  test('every property encode.ts writes, but the derived ones, is a column', () => {
    const written = new Set(rows.flatMap((row) => Object.keys(row)));
    expect([...written].filter((name) => !DERIVED.has(name) && !columns.names.includes(name))).toEqual([]);
  });

  test('an entity written and read back as columns is the entity written, absent properties read as null', () => {
    const read = rows.map((row) => columns.from(columns.names.map((name) => (row[name] === undefined || row[name] === null ? null : asRead(row[name])))));
    const byId = (list: unknown[]) => [...list].sort((a, b) => String((a as { id: string }).id).localeCompare((b as { id: string }).id));
    expect(byId(read)).toEqual(byId(entities));
  });
});
