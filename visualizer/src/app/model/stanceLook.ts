import type { Stance } from './kinds.js';

export interface StanceLook {
  readonly label: string;
  /** Okabe–Ito colour, distinguishable under the common colour-vision deficiencies. */
  readonly color: string;
  /** A darker shade for text on white (WCAG AA contrast). */
  readonly ink: string;
  /** The second channel besides colour: the glyph in badges and matrix cells... */
  readonly icon: string;
  /** ...and the edge's line style and arrow head in the network. */
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly dash: readonly number[] | null;
  readonly arrow: 'triangle' | 'tee' | 'diamond' | 'circle';
}

/** How each stance looks everywhere: network edges, legend, badges, matrix cells. */
export const STANCE_LOOK: Readonly<Record<Stance, StanceLook>> = {
  SUPPORTS: { label: 'Supports', color: '#009E73', ink: '#00704F', icon: '✓', line: 'solid', dash: null, arrow: 'triangle' },
  OPPOSES: { label: 'Opposes', color: '#D55E00', ink: '#A84A00', icon: '✕', line: 'dashed', dash: [7, 4], arrow: 'tee' },
  QUALIFIES: { label: 'Qualifies', color: '#E69F00', ink: '#8A5F00', icon: '≈', line: 'dotted', dash: null, arrow: 'diamond' },
  QUERIES: { label: 'Queries', color: '#CC79A7', ink: '#9A4579', icon: '?', line: 'dashed', dash: [12, 3, 2, 3], arrow: 'circle' },
};
