// A tiny element builder. Text always goes in as textContent, so task titles from the API
// can never inject markup.

type Attributes = Record<string, string | boolean | undefined>;

/**
 * Creates an element with attributes (false/undefined ones omitted) and children.
 *
 * @example
 * ```ts
 * h('button', { type: 'button', 'data-action': 'delete' }, 'Delete');
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/**
 * The element with this id; throws if index.html lacks it (a bug, not a runtime condition).
 *
 * @example
 * ```ts
 * const list = byId('tasks');
 * ```
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as T;
}
