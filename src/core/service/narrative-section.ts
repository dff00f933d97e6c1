/**
 * One section of an SOP's MDX narrative by its heading ("## E. Biaya", "## D. Jangka Waktu
 * Penyelesaian"): the text up to the next heading of the same or a higher level, without MDX
 * comments ({/* ... *\/}) and surrounding blank lines. Null when the narrative has no such heading.
 */
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/** `title` is matched against the heading without its letter or number ("E.", "5."). */
export function narrativeSection(body: string, title: RegExp): string | null {
  const lines = body.replace(MDX_COMMENT, '').split('\n');
  let level = 0;
  const out: string[] = [];
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (level) {
      if (h && h[1]!.length <= level) break;
      out.push(line);
    } else if (h && title.test(h[2]!.replace(/^(?:[A-Z]|\d+|[IVX]+)[.)]\s*/, ''))) {
      level = h[1]!.length;
    }
  }
  return level ? out.join('\n').trim() : null;
}
