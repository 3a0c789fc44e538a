type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined | ((event: never) => void);

/**
 * Creates an element: `h('button', { class: 'tab', onclick: go }, 'Network')`. Attributes set with
 * setAttribute (so ARIA and data-* work alike; `style` through the CSSOM, which the CSP allows), `on*`
 * functions become listeners, `true` sets an empty attribute, `false`/null/undefined leave it out.
 * Children are text or nodes: text is
 * never parsed as HTML, so names and quotes from the API cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value as EventListener);
    // Through the CSSOM: the server's CSP forbids style attributes (style-src-attr), not this.
    else if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
}
