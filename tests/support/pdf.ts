/** Reading PDFs in tests with poppler (pdfinfo, pdftotext, pdffonts). */
import { execFileSync } from 'node:child_process';

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** Page size in mm, rounded, as [width, height]. */
export function pageSizeMm(file: string, page = 1): [number, number] {
  const out = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const m = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(out) ?? /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  if (!m) throw new Error('no page size in ' + out);
  return [Math.round((Number(m[1]) * 25.4) / 72), Math.round((Number(m[2]) * 25.4) / 72)];
}

/** Text of one page (or all pages) in content order (-raw), whitespace collapsed. */
export function pdfText(file: string, page?: number): string {
  const args = ['-raw', '-enc', 'UTF-8'];
  if (page !== undefined) args.push('-f', String(page), '-l', String(page));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Asserts-friendly: the positions of each needle in order, -1 when missing or out of order. */
export function positionsInOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const i = haystack.indexOf(n, from);
    if (i >= 0) from = i + n.length;
    return i;
  });
}

export function fonts(file: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type [encoding] emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/**
 * Whether a page's text (pdftotext -raw) ends with the diagonal DRAF watermark. Rotated text
 * comes out one letter per line, or as one word, depending on the angle.
 */
export function hasDrafWatermark(pageText: string): boolean {
  return /(?:^|\n)(?:D\nR\nA\nF|DRAF)\s*$/.test(pageText);
}
