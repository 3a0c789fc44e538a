import type { Core, NodeSingular } from 'cytoscape';

/** Label size on screen, in CSS pixels, whatever the zoom: readable, never the 5 px a fitted graph gave. */
export const LABEL_SCREEN_PX = 12;
/** At most this many labels at once: the selection's neighbourhood first, then the most connected. */
const MAX_LABELS = 60;

/**
 * Chooses which nodes show their label and sets the label font so it reads at LABEL_SCREEN_PX on
 * screen at the current zoom. Greedy collision handling: candidates in priority order (selected,
 * neighbours, then by weight, i.e. statements), each label's box estimated on screen below its
 * node and kept only when it overlaps no label kept before. The others stay reachable by hover,
 * selection and search. Returns the number of labels shown (for the tests: no two overlap).
 */
export function placeLabels(cy: Core): number {
  const zoom = cy.zoom();
  const candidates = cy
    .nodes()
    .filter((node) => !node.hasClass('hidden') && !node.hasClass('faded'))
    .sort((a, b) => priority(b as NodeSingular) - priority(a as NodeSingular) || (a.id() < b.id() ? -1 : 1));
  const kept: Box[] = [];
  const chosen = new Set<string>();
  const { w, h } = { w: cy.width(), h: cy.height() };
  for (const node of candidates) {
    if (kept.length >= MAX_LABELS) break;
    const box = labelBox(node as NodeSingular);
    if (box.x2 < 0 || box.y2 < 0 || box.x1 > w || box.y1 > h) continue; // off screen
    if (kept.some((other) => overlaps(box, other))) continue;
    kept.push(box);
    chosen.add(node.id());
  }
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (chosen.has(node.id())) node.addClass('labelled');
      else node.removeClass('labelled');
    });
  });
  cy.style().selector('node.labelled').style({ 'font-size': LABEL_SCREEN_PX / zoom, 'text-max-width': `${140 / zoom}px`, 'text-margin-y': 3 / zoom }).update();
  cy.container()?.setAttribute('data-labels', String(chosen.size));
  return chosen.size;
}

/** On-screen boxes of the labels shown, as placeLabels estimates them (for tests and the benchmark). */
export function labelBoxes(cy: Core): Box[] {
  return cy.nodes('.labelled').map((node) => labelBox(node));
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

// Private:

function priority(node: NodeSingular): number {
  if (node.hasClass('selected')) return 1e9;
  if (node.hasClass('neighbour')) return 1e8 + Number(node.data('weight') ?? 0);
  return Number(node.data('weight') ?? 0);
}

/** The label's screen box: centred under the node, wrapped at 140 px, about 0.58 em per character. */
function labelBox(node: NodeSingular): Box {
  const label = String(node.data('label') ?? '');
  const at = node.renderedPosition();
  const half = node.renderedHeight() / 2;
  const charWidth = LABEL_SCREEN_PX * 0.58;
  const width = Math.min(140, label.length * charWidth);
  const lines = Math.max(1, Math.ceil((label.length * charWidth) / 140));
  const top = at.y + half + 3;
  return { x1: at.x - width / 2 - 2, y1: top, x2: at.x + width / 2 + 2, y2: top + lines * LABEL_SCREEN_PX * 1.15 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
