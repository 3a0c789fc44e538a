import { seededRandom } from '../../graph/analysis/seededRandom.js';

/**
 * A synthetic graph of a chosen size, shaped like the real one: a few hundred States and
 * organisations speaking on thousands of principles, instruments and proposals, target popularity
 * skewed (a few targets draw most statements, as sovereignty and non-intervention do), stances
 * mostly SUPPORTS. Seeded, so every run benchmarks the same graph.
 */
export interface SyntheticGraph {
  readonly actors: { id: string; kind: 'STATE' | 'ORGANIZATION' | 'COMPANY'; name: string; aliases: string[] }[];
  readonly targets: { id: string; kind: 'PRINCIPLE' | 'INSTRUMENT' | 'PROPOSAL'; name: string; aliases: string[]; description: null }[];
  readonly agendaItems: { id: string; label: string; title: string }[];
  readonly positions: { id: string; stance: string; actorId: string; targetId: string; statementId: string; agendaItemId: string }[];
  /** Distinct (actor, target, stance) triples: the network's edges. */
  readonly edgeCount: number;
}

export function generateGraph(options: { nodes: number; edges: number; seed?: number }): SyntheticGraph {
  const random = seededRandom(options.seed ?? 2019);
  const actorCount = Math.round(options.nodes * 0.3);
  const targetCount = options.nodes - actorCount;
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = i % 10 < 6 ? 'STATE' : i % 10 < 9 ? 'ORGANIZATION' : 'COMPANY';
    return { id: `A${String(i).padStart(5, '0')}`, kind: kind as 'STATE' | 'ORGANIZATION' | 'COMPANY', name: `Actor ${i}`, aliases: [`Alias of actor ${i}`] };
  });
  const targets = Array.from({ length: targetCount }, (_, i) => {
    const kind = i % 10 < 5 ? 'PRINCIPLE' : i % 10 < 9 ? 'INSTRUMENT' : 'PROPOSAL';
    return { id: `t-${String(i).padStart(5, '0')}`, kind: kind as 'PRINCIPLE' | 'INSTRUMENT' | 'PROPOSAL', name: `Target ${i}`, aliases: [], description: null };
  });
  const agendaItems = Array.from({ length: 12 }, (_, i) => ({ id: `item-${i}`, label: `Topic ${i + 1}`, title: `Agenda item ${i + 1}` }));
  const stances = ['SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'QUALIFIES', 'OPPOSES', 'QUERIES'];
  const seen = new Set<string>();
  const positions: SyntheticGraph['positions'] = [];
  let statement = 0;
  while (seen.size < options.edges) {
    // Zipf-like: target index ~ targetCount * u^2 puts most weight on the first targets.
    const actor = actors[Math.floor(random() * actorCount)]!;
    const target = targets[Math.floor(targetCount * random() ** 2)]!;
    const stance = stances[Math.floor(random() * stances.length)]!;
    const key = `${actor.id}|${target.id}|${stance}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const repeats = random() < 0.3 ? 2 : 1;
    for (let r = 0; r < repeats; r++) {
      statement += 1;
      positions.push({ id: `pos-${positions.length}`, stance, actorId: actor.id, targetId: target.id, statementId: `st-${statement}`, agendaItemId: agendaItems[statement % agendaItems.length]!.id });
    }
  }
  return { actors, targets, agendaItems, positions, edgeCount: seen.size };
}
