/**
 * The letters this toolkit can write, for pages that only need their names (an SOP step's
 * `surat: [...]`, the home page). Pure data, importable from Node scripts, Astro and the browser.
 *
 * The source of truth is the header of each `letter-templates/<id>.hbs`; the build (Vite plugin)
 * and a unit test fail when this list and the headers disagree.
 */
import type { LetterKind } from './field-types';

export interface LetterTemplateSummary {
  /** Template id = file name without ".hbs"; the form lives at /surat/<id>/. */
  id: string;
  judul: string;
  jenis: LetterKind;
}

export const LETTER_TEMPLATE_CATALOG: readonly LetterTemplateSummary[] = [
  { id: 'rekomendasi-bantuan-pemulangan', judul: 'Surat Rekomendasi Permohonan Bantuan Pemulangan', jenis: 'surat-dinas' },
  { id: 'rekomendasi-jamkesda', judul: 'Surat Rekomendasi Jamkesda', jenis: 'surat-dinas' },
  { id: 'rujukan-pendampingan-kesehatan', judul: 'Surat Rujukan Pendampingan Kesehatan', jenis: 'surat-dinas' },
  { id: 'penitipan-panti', judul: 'Surat Penitipan Klien', jenis: 'surat-dinas' },
  { id: 'pemulangan-orang-terlantar', judul: 'Surat Pemulangan Orang Terlantar', jenis: 'surat-dinas' },
  { id: 'berita-acara-serah-terima', judul: 'Berita Acara Serah Terima Klien', jenis: 'berita-acara' },
  { id: 'surat-tugas', judul: 'Surat Tugas', jenis: 'surat-tugas' },
];

/** Every letter template: id, title and kind, in the order of the list page. */
export function listLetterTemplates(): LetterTemplateSummary[] {
  return LETTER_TEMPLATE_CATALOG.map((t) => ({ ...t }));
}

export function findLetterTemplate(id: string): LetterTemplateSummary | undefined {
  return LETTER_TEMPLATE_CATALOG.find((t) => t.id === id);
}

/** Site path of a letter's form, with the agency and SOP preselected when given. */
export function letterFormPath(id: string, params: { instansi?: string; sop?: string } = {}): string {
  const query = new URLSearchParams();
  if (params.instansi) query.set('instansi', params.instansi);
  if (params.sop) query.set('sop', params.sop);
  const qs = query.toString();
  return `/surat/${encodeURIComponent(id)}/${qs ? `?${qs}` : ''}`;
}
