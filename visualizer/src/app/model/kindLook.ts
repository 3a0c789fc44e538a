import type { NodeKind } from './kinds.js';

export interface KindLook {
  readonly label: string;
  readonly plural: string;
  /** Cytoscape node shape; the legend draws the same shape in SVG. */
  readonly shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'rectangle' | 'triangle';
  readonly fill: string;
  readonly border: string;
}

/**
 * Nodes: actors are solid and dark, targets pale with a coloured rim, so the stance colours on the
 * edges stay the loudest thing on screen. Shape carries the kind for readers who cannot tell hues apart.
 */
export const KIND_LOOK: Readonly<Record<NodeKind, KindLook>> = {
  STATE: { label: 'State', plural: 'States', shape: 'ellipse', fill: '#2F4A6D', border: '#1B2E47' },
  ORGANIZATION: { label: 'Organisation', plural: 'Organisations', shape: 'round-rectangle', fill: '#5E5A86', border: '#3B385E' },
  COMPANY: { label: 'Company', plural: 'Companies', shape: 'hexagon', fill: '#7A6A55', border: '#4F4333' },
  PRINCIPLE: { label: 'Principle', plural: 'Principles', shape: 'diamond', fill: '#EEE8F7', border: '#6A4C9C' },
  INSTRUMENT: { label: 'Instrument', plural: 'Instruments', shape: 'rectangle', fill: '#E6EEF6', border: '#2F6190' },
  PROPOSAL: { label: 'Proposal', plural: 'Proposals', shape: 'triangle', fill: '#F5EDE1', border: '#8C6228' },
  QUESTION: { label: 'Question', plural: 'Questions', shape: 'round-rectangle', fill: '#E8F3EC', border: '#2E7A4F' },
};
