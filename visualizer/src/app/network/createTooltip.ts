import type { EventObject, NodeSingular } from 'cytoscape';
import { describeElement } from './describeElement.js';

/**
 * The hover box over the network: what a node or edge is and the counts behind it
 * (describeElement.ts), placed beside the pointer inside the canvas. Text only, never HTML.
 */
export function createTooltip(container: HTMLElement): { show(event: EventObject): void; hide(): void } {
  const box = document.createElement('div');
  box.className = 'net-tooltip';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  container.parentElement?.append(box);
  return {
    show(event: EventObject) {
      const { title, lines } = describeElement(event.target as NodeSingular);
      box.replaceChildren(Object.assign(document.createElement('strong'), { textContent: title }), ...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
      const { x, y } = event.renderedPosition ?? { x: 0, y: 0 };
      box.style.left = `${Math.min(x + 14, container.clientWidth - 260)}px`;
      box.style.top = `${y + 14}px`;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}
