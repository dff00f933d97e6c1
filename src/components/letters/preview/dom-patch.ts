/**
 * Updates an element's content to new markup by changing only what differs. Typing one letter
 * then changes one text node, and the browser keeps the layout of the rest of the sheet, which
 * makes the preview cheap to keep live. The markup is parsed inert (<template>), exactly as
 * innerHTML would parse it.
 */

function sameShell(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== Node.ELEMENT_NODE) return true;
  const ea = a as Element;
  const eb = b as Element;
  return ea.tagName === eb.tagName;
}

function syncAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name)!;
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}

/** The first node a patch changed (for bringing the change into view), reset by patchHtml. */
let firstChange: Node | null = null;
const changed = (node: Node) => {
  firstChange ??= node;
};

function patchChildren(target: Node, source: Node): void {
  let t = target.firstChild;
  let s = source.firstChild;
  while (s) {
    const nextSource = s.nextSibling;
    if (!t) {
      target.appendChild(s); // moves it out of the template
      changed(s);
    } else if (sameShell(t, s)) {
      if (t.nodeType === Node.ELEMENT_NODE) {
        syncAttributes(t as Element, s as Element);
        patchChildren(t, s);
      } else if (t.nodeValue !== s.nodeValue) {
        t.nodeValue = s.nodeValue;
        changed(t);
      }
      t = t.nextSibling;
    } else {
      const nextTarget = t.nextSibling;
      target.replaceChild(s, t);
      changed(s);
      t = nextTarget;
    }
    s = nextSource;
  }
  while (t) {
    changed(target);
    const next = t.nextSibling;
    target.removeChild(t);
    t = next;
  }
}

/** Patches `target` to `html`; returns the first node that changed (null: nothing did). */
export function patchHtml(target: HTMLElement, html: string): Node | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  firstChange = null;
  patchChildren(target, template.content);
  return firstChange;
}
