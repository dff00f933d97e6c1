/**
 * A picture or logo written as where it is on the author's computer ("C:\Users\...\alur.png",
 * "file:///D:/logo.png", "\\server\share\a.png"): the site and the PDF cannot read it.
 */
const ON_COMPUTER = /^(?:[a-z]:[\\/]|file:|\\\\)/i;

/** The file's name when `path` is a path on the author's computer, else null. */
export function computerFileName(path: string): string | null {
  if (!ON_COMPUTER.test(path.trim())) return null;
  return path.trim().split(/[\\/]/).filter(Boolean).pop() ?? null;
}
