import type { ElementDefinition, SingularElementArgument, NodeSingular } from 'cytoscape';
import type { VisibleElements } from './visibleElements.js';

/** Whether the filters hide an element: a group box none of whose members is visible, or as definitionHiddenUnder says. */
export function hiddenUnder(visible: VisibleElements, element: SingularElementArgument): boolean {
  if (element.isNode() && element.data('role') === 'group') return !element.children().some((child) => visible.nodeIds.has((child as NodeSingular).id()));
  return definitionHiddenUnder(visible, { group: element.isNode() ? 'nodes' : 'edges', data: element.data() as ElementDefinition['data'] });
}

/** Whether the filters hide a node or edge (not yet added, perhaps): a node not among the visible ids, an edge whose ends or counts are gone. */
export function definitionHiddenUnder(visible: VisibleElements, { group, data }: ElementDefinition): boolean {
  if (group === 'nodes') return !visible.nodeIds.has(data.id!);
  const ends = visible.nodeIds.has(data.source as string) && visible.nodeIds.has(data.target as string);
  return data.role === 'structure' ? !ends : !ends || !visible.edges.has(data.id!);
}
