/**
 * An MDX source split into its YAML frontmatter and its narrative body:
 * "---\n<yaml>\n---\n<body>". Lines are counted from the top of the file.
 */
export interface FrontmatterSplit {
  yaml: string;
  body: string;
  /** 1-based file line of the frontmatter's first YAML line (the line after "---"). */
  yamlLine: number;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

/** The closing "---" is a line of its own: "sasaran: ---" is a value, not the frontmatter's end. */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): FrontmatterSplit | null {
  const m = FRONTMATTER.exec(text);
  if (!m) return null;
  const yaml = m[1] ?? '';
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { yaml, body: text.slice(m[0].length), yamlLine: 2, bodyLine: lines + 1 };
}
