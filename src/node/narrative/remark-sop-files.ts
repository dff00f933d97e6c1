/**
 * remarkSopFiles: a picture the narrative names relative to its SOP file ("./alur.png") is shown
 * from where the site publishes the files beside the SOPs (sopFileUrl, src/core/site/urls.ts;
 * copied by src/integrations/sop-files.ts). Markdown pictures, their definitions and `<img>` tags.
 */
import { sopFileUrl } from '../../core/site/urls';

interface MdNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

interface VFileLike {
  data: { astro?: { frontmatter?: { sopFile?: unknown } } };
}

/** The SOP file comes with the text rendered, as `frontmatter.sopFile` (render-narrative.ts). */
export function remarkSopFiles() {
  return (tree: MdNode, vfile: VFileLike): void => {
    const file = vfile.data.astro?.frontmatter?.sopFile;
    if (typeof file === 'string') visit(tree, file);
  };
}

function visit(n: MdNode, file: string): void {
    if ((n.type === 'image' || n.type === 'definition') && n.url) n.url = sopFileUrl(file, n.url) ?? n.url;
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name?.toLowerCase() === 'img') {
      for (const a of n.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name === 'src' && typeof a.value === 'string') a.value = sopFileUrl(file, a.value) ?? a.value;
      }
    }
    n.children?.forEach((c) => visit(c, file));
}
