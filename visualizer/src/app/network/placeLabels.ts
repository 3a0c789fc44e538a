import type { Core, NodeSingular } from 'cytoscape';

/** Label size on screen, in CSS pixels, whatever the zoom: readable, never the 5 px a fitted graph gave. */
export const LABEL_SCREEN_PX = 12;
/** At most this many labels at once: the selection's neighbourhood first, then the most connected. */
const MAX_LABELS = 60;
/** Labels measured per placement (the most important first): bounds the work on a large graph. */
const MAX_CANDIDATES = 200;

/**
 * Chooses which nodes show their label and sets the label font so it reads at LABEL_SCREEN_PX on
 * screen at the current zoom. Greedy collision handling: candidates in priority order (selected,
 * neighbours, then by weight, i.e. statements), each label's box as cytoscape draws it, kept only
 * when it is on screen and overlaps no label kept before. The others stay reachable by hover,
 * selection and search. Returns the number of labels shown (for the tests: no two overlap).
 */
export function placeLabels(cy: Core): number {
  const zoom = cy.zoom();
  const extent = cy.extent();
  const candidates = cy
    .nodes()
    .filter((node) => !node.hasClass('hidden') && !node.hasClass('faded') && !node.hasClass('group'))
    .sort((a, b) => priority(b as NodeSingular) - priority(a as NodeSingular) || (a.id() < b.id() ? -1 : 1))
    .slice(0, MAX_CANDIDATES);
  // Label every candidate at the size it will have, measure the real label boxes, keep greedily.
  // Group boxes (groupTargets.ts) always show their name, a little larger, above the box. Sizes go
  // in the candidates' data (networkStyle.ts maps them), not in the stylesheet: updating the
  // stylesheet restyles every element, seconds on a graph of 25,000.
  cy.batch(() => {
    cy.nodes('.labelled').removeClass('labelled');
    candidates.addClass('labelled');
    candidates.data({ labelPx: LABEL_SCREEN_PX / zoom, labelWidth: 140 / zoom, labelMargin: 3 / zoom });
    cy.nodes('.group').data({ labelPx: (LABEL_SCREEN_PX + 1) / zoom, labelMargin: -4 / zoom });
  });
  const kept: Box[] = [];
  const rejected: NodeSingular[] = [];
  candidates.forEach((element) => {
    const node = element as NodeSingular;
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const offScreen = box.x2 < extent.x1 || box.y2 < extent.y1 || box.x1 > extent.x2 || box.y1 > extent.y2;
    if (kept.length >= MAX_LABELS || offScreen || kept.some((other) => overlaps(box, other))) rejected.push(node);
    else kept.push(box);
  });
  cy.batch(() => rejected.forEach((node) => node.removeClass('labelled')));
  cy.container()?.setAttribute('data-labels', String(kept.length));
  return kept.length;
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

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
