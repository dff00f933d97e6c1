/**
 * One entry of /sops.json, the machine-readable list of published SOPs (format documented in
 * docs/sops-json.md). Field names are Indonesian like the sources.
 */
import type { SopFrontmatter } from '../model/sop';
import type { WaktuTotal } from '../waktu/total';
import { pdfUrl, sopUrl } from './urls';

export interface SopsJsonEntry {
  id: string;
  nomor: string;
  judul: string;
  /** Agency id (sops/_data/instansi/<id>.yaml). */
  instansi: string;
  bidang: string;
  status: SopFrontmatter['status'];
  /** Site-relative address of the SOP page. */
  url: string;
  /** Site-relative address of the SOP's PDF (rendered by the publish pipeline, src/node/pdf). */
  pdf: string;
  /** Number of steps. */
  langkah: number;
  /** Actor labels, in lane order. */
  pelaksana: string[];
  /** Total time along the main path, in minutes; `teks` as the page writes it. */
  waktu_total: { min_menit: number; max_menit: number; teks: string };
  /** Regulation ids (sops/_data/dasar-hukum.yaml), in the order the SOP cites them. */
  dasar_hukum: string[];
}

/** `total`: the SOP's total time, computed once per SOP (src/site/catalog.ts). */
export function sopsJsonEntry(id: string, data: SopFrontmatter, total: WaktuTotal): SopsJsonEntry {
  return {
    id,
    nomor: data.nomor,
    judul: data.judul,
    instansi: data.instansi,
    bidang: data.bidang,
    status: data.status,
    url: sopUrl(id),
    pdf: pdfUrl(id),
    langkah: data.langkah.length,
    pelaksana: data.pelaksana.map((p) => p.label),
    waktu_total: { min_menit: total.min, max_menit: total.max, teks: total.text },
    dasar_hukum: [...data.dasar_hukum],
  };
}
