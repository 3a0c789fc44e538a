import { h } from '../dom/h.js';

export interface ExportAction {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly run: () => void | Promise<void>;
}

/**
 * The Export button and its menu (WAI-ARIA menu button: Enter/Space/ArrowDown open it, arrows move,
 * Escape closes and returns focus). Each item runs one export; errors show in the status line.
 */
export function createExportMenu(options: { container: HTMLElement; actions: readonly ExportAction[]; onError: (message: string) => void }): void {
  const { container, actions, onError } = options;
  const button = h('button', { type: 'button', class: 'button', id: 'export-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu' }, 'Export ', h('span', { 'aria-hidden': 'true' }, '▾'));
  const items = actions.map((action) =>
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        class: 'menu-item',
        tabindex: '-1',
        'data-export': action.id,
        onclick: async () => {
          close(true);
          try {
            await action.run();
          } catch (error) {
            onError(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      },
      h('span', { class: 'menu-label' }, action.label),
      h('span', { class: 'menu-hint' }, action.hint),
    ),
  );
  const menu = h('div', { id: 'export-menu', role: 'menu', class: 'menu', 'aria-labelledby': 'export-button', hidden: true }, ...items);
  container.replaceChildren(button, menu);

  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  function close(refocus: boolean) {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close(false)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open();
    }
  });
  menu.addEventListener('keydown', (event) => {
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close(true);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !container.contains(event.target as Node)) close(false);
  });
}
