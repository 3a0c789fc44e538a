import type { Description } from './describeElement.js';

/**
 * The hover box over the network: what a node or edge is and the counts behind it
 * (describeElement.ts), placed beside the pointer (`at`, in the container's pixels) inside the
 * network. Text only, never HTML. The same box for either renderer.
 */
export function createTooltip(container: HTMLElement): { show(description: Description, at: { x: number; y: number }): void; hide(): void } {
  const box = document.createElement('div');
  box.className = 'net-tooltip';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  container.parentElement?.append(box);
  return {
    show({ title, lines }, { x, y }) {
      box.replaceChildren(Object.assign(document.createElement('strong'), { textContent: title }), ...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
      box.style.left = `${Math.min(x + 14, container.clientWidth - 260)}px`;
      box.style.top = `${y + 14}px`;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}
