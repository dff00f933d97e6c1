/**
 * Block pairs of a letter template body ({{#if}} ... {{/if}}): Handlebars reports an unclosed
 * block at the end of the file and a wrong closer without the block's name a clerk would look
 * for; this finds the block itself, with its line.
 */
import type { TemplateFinding } from './template-rules';

/** A {{#name}}, {{^name}} or {{/name}} tag (comments are blanked out first). */
const BLOCK_TAG = /\{\{~?\s*([#^/])\s*(?:>\s*)?([A-Za-z_][\w-]*)/g;
const COMMENT = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g;

/**
 * The first unmatched block tag of a body, or undefined when every block is closed by its own
 * name. Lines are the file's: `firstLine` is the file line of the body's first line.
 */
export function unmatchedBlock(body: string, firstLine = 1): TemplateFinding | undefined {
  const text = body.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' '));
  const lineAt = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
  const open: { name: string; line: number }[] = [];
  for (const m of text.matchAll(BLOCK_TAG)) {
    const [, sigil, name] = m as unknown as [string, string, string];
    const line = lineAt(m.index!);
    if (sigil !== '/') {
      open.push({ name, line });
      continue;
    }
    const last = open.pop();
    if (!last) return { line, detail: `Isi surat: {{/${name}}} menutup blok yang tidak pernah dibuka; hapus {{/${name}}}, atau tambahkan {{#${name} ...}} di tempat blok itu mulai.` };
    if (last.name !== name) {
      return { line, detail: `Isi surat: {{/${name}}} menutup {{#${last.name}}} dari baris ${last.line}; tutup blok itu dengan {{/${last.name}}}.` };
    }
  }
  const unclosed = open.pop();
  if (unclosed) {
    return { line: unclosed.line, detail: `Isi surat: {{#${unclosed.name}}} di baris ini tidak pernah ditutup; tambahkan {{/${unclosed.name}}} di akhir bagian yang hanya dicetak ${unclosed.name === 'each' ? 'untuk setiap baris' : 'bila syaratnya terpenuhi'}.` };
  }
  return undefined;
}
