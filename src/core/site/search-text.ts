/**
 * All the words of an SOP a reader might search for (title, sasaran, bidang, actors, steps,
 * identity lists and the narrative), as one text: the input for finding the acronyms and
 * synonyms the page is additionally indexed with.
 */
import type { SopFrontmatter } from '../model/sop';

export function sopSearchText(data: SopFrontmatter, body: string): string {
  const parts: string[] = [
    data.judul,
    data.sasaran,
    data.bidang ?? '',
    ...data.pelaksana.map((p) => p.label),
    ...data.kualifikasi_pelaksana,
    ...data.peralatan,
    ...data.peringatan,
    ...data.pencatatan,
    ...data.keterkaitan.map((k) => (typeof k === 'string' ? k : (k.catatan ?? ''))),
    ...data.langkah.flatMap((s) => [s.kegiatan, s.kelengkapan, s.output, s.keterangan ?? '']),
    body,
  ];
  return parts.filter(Boolean).join('\n');
}
