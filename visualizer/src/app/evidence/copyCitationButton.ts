import { announce } from '../dom/announce.js';
import { h } from '../dom/h.js';

/**
 * A "Copy citation" button: the citation goes to the clipboard (the Clipboard API, or where the page
 * is not a secure context, as on a server reached by its LAN address, a selected hidden text area
 * and the copy command). The outcome is announced in a live region and shown on the button; when
 * both ways fail, the citation appears selected beside the button, ready for Ctrl+C.
 */
export function copyCitationButton(citation: string): HTMLButtonElement {
  const button = h('button', {
    type: 'button',
    class: 'button small subtle copy-citation',
    'data-citation': citation,
    onclick: async () => {
      const copied = await copyText(citation);
      button.textContent = copied ? 'Copied' : 'Copy failed';
      announce(copied ? 'Citation copied to the clipboard.' : 'Could not copy: the citation is shown selected; press Ctrl+C to copy it.');
      if (!copied) showSelected(button, citation);
      setTimeout(() => (button.textContent = 'Copy citation'), 2500);
    },
  }, 'Copy citation');
  return button;
}

// Private:

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the older way below.
  }
  const area = h('textarea', { readonly: true, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

function showSelected(button: HTMLElement, text: string): void {
  const existing = button.parentElement?.querySelector<HTMLTextAreaElement>('.citation-fallback');
  const area = existing ?? h('textarea', { class: 'citation-fallback', readonly: true, rows: 3, 'aria-label': 'Citation' });
  area.value = text;
  if (!existing) button.after(area);
  area.focus();
  area.select();
}
