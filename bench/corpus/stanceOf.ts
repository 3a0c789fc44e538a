import type { Stance } from '../../graph/index.js';
import type { Draw } from './random.js';

/** Number of voting blocs States fall into; blocs agree within and differ across contested targets. */
export const BLOC_COUNT = 5;

const CONTESTED_VIEWS: readonly Stance[] = ['SUPPORTS', 'SUPPORTS', 'OPPOSES', 'QUALIFIES'];
const NOISE = [
  ['SUPPORTS', 0.55],
  ['QUALIFIES', 0.2],
  ['OPPOSES', 0.15],
  ['QUERIES', 0.1],
] as const;

/**
 * Chooses stances so that SUPPORTS dominates (about 64 %), consensual targets are only supported or
 * queried (they become the zero draft's common ground), and on contested targets a State mostly
 * follows its bloc's view, so agreement and blocs find structure to report.
 */
export function createStanceOf(draw: Draw, consensual: ReadonlySet<string>) {
  const views = new Map<string, readonly Stance[]>();
  const viewOf = (targetId: string) => {
    let view = views.get(targetId);
    if (view === undefined) views.set(targetId, (view = Array.from({ length: BLOC_COUNT }, () => draw.pick(CONTESTED_VIEWS))));
    return view;
  };
  return (targetId: string, bloc: number | null): Stance => {
    if (consensual.has(targetId)) return draw.next() < 0.88 ? 'SUPPORTS' : 'QUERIES';
    if (bloc !== null && draw.next() < 0.65) return viewOf(targetId)[bloc]!;
    let x = draw.next();
    for (const [stance, p] of NOISE) if ((x -= p) < 0) return stance;
    return 'SUPPORTS';
  };
}

const PHRASES: Record<Stance, readonly ((name: string, topic: string) => string)[]> = {
  SUPPORTS: [
    (n, t) => `We support ${n}, which reflects existing international law on ${t}`,
    (n, t) => `Our delegation endorses ${n} as a sound basis for work on ${t}`,
    (n, t) => `${n} applies in cyberspace and we welcome its inclusion under ${t}`,
  ],
  OPPOSES: [
    (n, t) => `We cannot accept ${n}, which has no basis in State practice on ${t}`,
    (n, t) => `Our delegation rejects ${n} as premature for ${t}`,
  ],
  QUALIFIES: [
    (n, t) => `We accept ${n} only where States have consented, and only as regards ${t}`,
    (n, t) => `${n} must be read subject to national law in matters of ${t}`,
  ],
  QUERIES: [
    (n, t) => `We ask whether ${n} applies to ${t} in peacetime`,
    (n, t) => `It remains unclear to us how ${n} bears on ${t}`,
  ],
};

const FILLERS = [
  'The delegation thanked the Chair for the revised text.',
  'It recalled the reports of earlier groups of governmental experts.',
  'It stressed the need for capacity building in developing countries.',
  'It looked forward to further consultations.',
];

/** A verbatim sentence taking `stance` on the target named `name` (topic words help search). */
export function quoteOf(draw: Draw, stance: Stance, name: string, topic: string): string {
  return draw.pick(PHRASES[stance])(name, topic);
}

export function fillerOf(draw: Draw): string {
  return draw.pick(FILLERS);
}
