/**
 * A step's Mutu Baku cells nested under "mutu_baku:" inside the step, as the document's table
 * groups its columns under that heading ("mutu_baku: { kelengkapan: KTP, waktu: 10 menit, output:
 * Berkas }"). A step writes its cells as its own fields, beside kegiatan; mutu_baku: exists only at
 * the top of the SOP, for the columns' headings. Named with the fields to write, and read as
 * those fields so that the rest of the step is still checked.
 */
import { z } from 'zod';

const isBlock = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The cells a nested block holds, under the step's own field names ("persyaratan" is kelengkapan). */
const CELL_NAMES: Record<string, 'kelengkapan' | 'waktu' | 'output' | 'keterangan'> = {
  kelengkapan: 'kelengkapan', persyaratan: 'kelengkapan', alat: 'kelengkapan', 'persyaratan/kelengkapan': 'kelengkapan',
  waktu: 'waktu', output: 'output', hasil: 'output', keluaran: 'output', keterangan: 'keterangan',
};

/** A cell's value as a fix writes it: quoted when YAML would read it otherwise. */
const written = (v: unknown) => {
  const text = String(v).trim();
  return /:\s|:$|\s#|^[-?!&*|>'%@`"[{]/.test(text) ? JSON.stringify(text) : text;
};

export function stepsWithMutuBakuFields(steps: unknown, ctx: z.RefinementCtx): unknown {
  if (!Array.isArray(steps)) return steps;
  return steps.map((step, i) => {
    if (!isBlock(step) || !('mutu_baku' in step)) return step;
    const { mutu_baku: nested, ...own } = step;
    const cells = isBlock(nested)
      ? Object.entries(nested).flatMap(([k, v]) => {
        const field = CELL_NAMES[k.trim().toLowerCase()];
        return field && (typeof v === 'string' || typeof v === 'number') && !(field in own) ? [[field, v] as const] : [];
      })
      : [];
    const fields = cells.map(([field, v]) => `${field}: ${written(v)}`).join(' lalu ');
    ctx.addIssue({ code: 'custom', path: [i, 'mutu_baku'], message: fields, params: { key: 'mutuBakuInStep', values: { no: i + 1 } } });
    return { ...own, ...Object.fromEntries(cells) };
  });
}
