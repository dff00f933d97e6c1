/**
 * A picture, logo or document written as where it is on the author's computer or the office's
 * network ("C:\Users\...\alur.png", "file:///D:/logo.png", "\\server\share\a.png"): the site and
 * the PDF cannot read it, and a reader of the site cannot open it.
 */
const ON_COMPUTER = /^(?:[a-z]:[\\/]|file:|\\\\)/i;

/** The file's name when `path` is a path on the author's computer, else null. */
export function computerFileName(path: string): string | null {
  if (!ON_COMPUTER.test(path.trim())) return null;
  return path.trim().split(/[\\/]/).filter(Boolean).pop() ?? null;
}

/**
 * A path on the office's network written in running text ("Formulir ada di \\server\share\f.pdf"),
 * as written; null when none. Markdown prints its "\\" as one "\", so unlike a path on the
 * author's own computer ("C:\Users\...", which prints as written) it is not even shown as written.
 */
export function networkPathInText(text: string): string | null {
  return /(?:^|[\s("'])(\\\\[^\s\\"')]+\\[^\s"')]*)/.exec(text)?.[1]?.replace(/[.,;:]+$/, '') ?? null;
}
