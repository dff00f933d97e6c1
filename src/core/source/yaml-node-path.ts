/** Where a node of a parsed YAML document sits, as the field path messages name (formatPath: "langkah[2].waktu"). */
import { isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { PathPart } from '../checks/issue';

/** The field path (keys and list positions) of a node reached by `visit`, from its ancestors. */
export function nodePath(ancestors: readonly (Document | Node | Pair)[], node: Node): PathPart[] {
  const path: PathPart[] = [];
  ancestors.forEach((a, i) => {
    const next = ancestors[i + 1] ?? node;
    if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
    else if (isSeq(a)) path.push(a.items.indexOf(next as never));
  });
  return path;
}
