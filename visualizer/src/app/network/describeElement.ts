import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { KIND_LOOK } from '../model/kindLook.js';
import { STANCES, type NodeKind, type Stance } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

const RELATION_WORDS: Record<string, string> = { PART_OF: 'is part of', ELEMENT_OF: 'is an element of', ENSHRINED_IN: 'is enshrined in', ABOUT: 'is about' };

/** The hover text of a node or edge: what it is and the counts behind it under the filters. */
export function describeElement(element: NodeSingular | EdgeSingular): { title: string; lines: string[] } {
  if (element.isNode()) {
    const kind = element.data('kind') as NodeKind;
    const counts = new Map<Stance, number>();
    let positions = 0;
    element.connectedEdges('.position').forEach((edge) => {
      if (edge.hasClass('hidden')) return;
      const stance = edge.data('stance') as Stance;
      counts.set(stance, (counts.get(stance) ?? 0) + (edge.data('positions') as number));
      positions += edge.data('positions') as number;
    });
    const split = STANCES.filter((s) => counts.has(s)).map((s) => `${STANCE_LOOK[s].icon} ${STANCE_LOOK[s].label.toLowerCase()} ${counts.get(s)}`);
    return {
      title: element.data('label') as string,
      lines: [KIND_LOOK[kind].label, positions === 0 ? 'No positions in view' : `${plural(positions, 'position')}: ${split.join(' · ')}`],
    };
  }
  const source = element.source().data('label') as string;
  const target = element.target().data('label') as string;
  if (element.data('role') === 'structure') {
    return { title: `${source} ${RELATION_WORDS[element.data('relation') as string] ?? '→'} ${target}`, lines: ['Link in the catalog'] };
  }
  const look = STANCE_LOOK[element.data('stance') as Stance];
  return {
    title: `${source} → ${target}`,
    lines: [`${look.icon} ${look.label}`, `${plural(element.data('statements') as number, 'statement')}, ${plural(element.data('positions') as number, 'position')}`],
  };
}

// Private:

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
