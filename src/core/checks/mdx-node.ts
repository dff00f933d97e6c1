/** Loose shape of a parsed MDX narrative (mdast with MDX nodes): the parts the narrative rules read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  value?: string;
  lang?: string | null;
  /** A heading's level, 1 to 6. */
  depth?: number;
  /** Where the node is written in the body; offsets are 0-based, lines 1-based. */
  position?: { start: { line: number; offset?: number }; end?: { line: number; offset?: number } };
  children?: MdxNode[];
}
