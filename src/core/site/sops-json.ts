/**
 * One entry of /sops.json, the machine-readable list of published SOPs (format documented in
 * docs/sops-json.md). Field names are Indonesian like the sources.
 */
import type { SopFrontmatter } from '../model/sop';
import { citationId } from '../model/regulation';
import type { WaktuTotal } from '../flow/total-time';
import { pdfUrl, sopUrl } from './urls';

export interface SopsJsonEntry {
  id: string;
  nomor: string;
  judul: string;
  /** Agency id (sops/_data/instansi/<id>.yaml). */
  instansi: string;
  /** The unit responsible as written; absent when the SOP names none. */
  bidang?: string;
  status: SopFrontmatter['status'];
  /** With status "digantikan": the id of the SOP that replaces it. */
  digantikan_oleh?: string;
  /** Ids of the SOPs this one replaces (their status is "digantikan"); absent when none. */
  menggantikan?: string[];
  /** With status "dicabut": when (YYYY-MM-DD) and why. */
  dicabut?: { tanggal: string; alasan: string };
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

/**
 * `total`: the SOP's total time, computed once per SOP (src/site/catalog.ts); `menggantikan`:
 * the ids of the SOPs it replaces (core/site/status-links.ts).
 */
export function sopsJsonEntry(id: string, data: SopFrontmatter, total: WaktuTotal, menggantikan: readonly string[] = []): SopsJsonEntry {
  return {
    id,
    nomor: data.nomor,
    judul: data.judul,
    instansi: data.instansi,
    ...(data.bidang ? { bidang: data.bidang } : {}),
    status: data.status,
    ...(data.status === 'digantikan' && data.digantikan_oleh ? { digantikan_oleh: data.digantikan_oleh.trim() } : {}),
    ...(menggantikan.length ? { menggantikan: [...menggantikan] } : {}),
    ...(data.status === 'dicabut' && data.dicabut ? { dicabut: { tanggal: data.dicabut.tanggal, alasan: data.dicabut.alasan } } : {}),
    url: sopUrl(id),
    pdf: pdfUrl(id),
    langkah: data.langkah.length,
    pelaksana: data.pelaksana.map((p) => p.label),
    waktu_total: { min_menit: total.min, max_menit: total.max, teks: total.text },
    dasar_hukum: data.dasar_hukum.map(citationId),
  };
}
