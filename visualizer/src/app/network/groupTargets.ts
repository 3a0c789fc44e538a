import type { Core } from 'cytoscape';
import { KIND_LOOK } from '../model/kindLook.js';
import { TARGET_KINDS } from '../model/kinds.js';

/** How the network groups its targets: not at all, or in one box per kind (principles, instruments, ...). */
export type TargetGrouping = 'none' | 'kind';

/** The id of the compound node holding the targets of one kind. */
export const groupNodeId = (kind: string) => `g:${kind}`;

/**
 * Puts every target node inside a compound node of its kind (`role: group`, class `group`,
 * labelled "Principles", "Instruments", ...), or takes them out again and drops the boxes. Only
 * the structure changes here: the caller lays the graph out again (fcose keeps a compound's
 * children together and the boxes apart) and hides boxes left without a visible child.
 */
export function groupTargets(cy: Core, grouping: TargetGrouping): void {
  cy.batch(() => {
    const targets = cy.nodes('[role = "target"]');
    if (grouping === 'none') {
      targets.move({ parent: null });
      cy.nodes('.group').remove();
      return;
    }
    for (const kind of TARGET_KINDS) {
      const members = targets.filter((node) => node.data('kind') === kind);
      if (members.empty()) continue;
      const id = groupNodeId(kind);
      if (cy.getElementById(id).empty()) cy.add({ group: 'nodes', classes: 'group', data: { id, role: 'group', groupOf: kind, label: KIND_LOOK[kind].plural, weight: 0 } });
      members.move({ parent: id });
    }
  });
}
