/**
 * remarkMdxAsMarkdown: lets Astro's Markdown processor read a narrative as the MDX it is, the way
 * the SOP page renders the current one. It adds the MDX syntax (remark-mdx: `{/* comments *\/}`,
 * tags, no indented code, no raw HTML), then turns what MDX would render into plain Markdown tree
 * nodes:
 * - comments (and any other `{...}` or import/export line, which the checker stops) are dropped:
 *   an editor's note written in a comment never reaches the public;
 * - a lowercase tag the checker lets through (`<br/>`, `<sup>`, `<u>`, `<img src="..." alt="..."/>`)
 *   becomes that HTML element with its written text attributes;
 * - a capitalised component (stopped by the checker) keeps only its content.
 */
import remarkMdx from 'remark-mdx';

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  data?: object;
}

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const TAGS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

function plain(children: MdNode[]): MdNode[] {
  return children.flatMap((child): MdNode[] => {
    if (DROPPED.has(child.type)) return [];
    if (child.children) child.children = plain(child.children);
    if (!TAGS.has(child.type)) return [child];
    const name = child.name ?? '';
    if (!/^[a-z][a-z0-9-]*$/.test(name)) return child.children ?? [];
    const properties = Object.fromEntries(
      (child.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && (typeof a.value === 'string' || a.value == null) ? [[a.name, a.value ?? '']] : [])),
    );
    child.data = { ...child.data, hName: name, hProperties: properties };
    return [child];
  });
}

export function remarkMdxAsMarkdown(this: unknown) {
  // remark-mdx registers the MDX syntax on the processor it is attached to.
  (remarkMdx as (this: unknown) => void).call(this);
  return (tree: MdNode): void => {
    tree.children = plain(tree.children ?? []);
  };
}
