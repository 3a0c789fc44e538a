import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { KIND_LOOK } from '../model/kindLook.js';
import { STANCES, type NodeKind, type Stance } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

/** What the hover box says: a title and a few lines. */
export interface Description {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The hover text of a cytoscape node or edge: what it is and the counts behind it under the filters. */
export function describeElement(element: NodeSingular | EdgeSingular): Description {
  if (element.isNode()) {
    const edges = element
      .connectedEdges('.position')
      .filter((edge) => !edge.hasClass('hidden'))
      .map((edge) => ({ stance: edge.data('stance') as Stance, positions: edge.data('positions') as number }));
    return describeNode({ kind: element.data('kind') as NodeKind, label: element.data('label') as string, edges });
  }
  return describeEdge({ data: element.data() as Record<string, unknown>, sourceLabel: element.source().data('label') as string, targetLabel: element.target().data('label') as string });
}

/** A node's hover text from its kind, name and the stance edges the filters leave it (any renderer). */
export function describeNode(node: { kind: NodeKind; label: string; edges: Iterable<{ stance: Stance; positions: number }> }): Description {
  const counts = new Map<Stance, number>();
  let positions = 0;
  for (const edge of node.edges) {
    counts.set(edge.stance, (counts.get(edge.stance) ?? 0) + edge.positions);
    positions += edge.positions;
  }
  const split = STANCES.filter((s) => counts.has(s)).map((s) => `${STANCE_LOOK[s].icon} ${STANCE_LOOK[s].label.toLowerCase()} ${counts.get(s)}`);
  return { title: node.label, lines: [KIND_LOOK[node.kind].label, positions === 0 ? 'No positions in view' : `${plural(positions, 'position')}: ${split.join(' · ')}`] };
}

/** An edge's hover text from its data (toElements.ts, counts as the filters leave them) and its ends' names (any renderer). */
export function describeEdge(edge: { data: Readonly<Record<string, unknown>>; sourceLabel: string; targetLabel: string }): Description {
  const { data, sourceLabel, targetLabel } = edge;
  if (data.role === 'structure') {
    return { title: `${sourceLabel} ${RELATION_WORDS[data.relation as string] ?? '→'} ${targetLabel}`, lines: ['Link in the catalog'] };
  }
  const look = STANCE_LOOK[data.stance as Stance];
  return {
    title: `${sourceLabel} → ${targetLabel}`,
    lines: [`${look.icon} ${look.label}`, `${plural(data.statements as number, 'statement')}, ${plural(data.positions as number, 'position')}`],
  };
}

// Private:

const RELATION_WORDS: Record<string, string> = { PART_OF: 'is part of', ELEMENT_OF: 'is an element of', ENSHRINED_IN: 'is enshrined in', ABOUT: 'is about' };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
