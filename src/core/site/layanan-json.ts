/**
 * One entry of /layanan.json, the machine-readable list of services for the public with their
 * Standar Pelayanan (format documented in docs/layanan-json.md). Field names are Indonesian
 * like the sources; placeholders "[ISI: ...]" are kept as written.
 */
import { citationId } from '../model/regulation';
import type { BiayaStandard, JangkaWaktu, ProdukStandard, ServiceStandard } from '../service/standard';
import { serviceUrl, sopUrl } from './urls';

export interface LayananJsonEntry {
  id: string;
  nama: string;
  ringkasan: string;
  /** Agency id (sops/_data/instansi/<id>.yaml). */
  instansi: string;
  /** Site-relative address of the service page. */
  url: string;
  /** The SOPs that carry the service out, with their page. */
  sop: { id: string; judul: string; url: string }[];
  kata_kunci: string[];
  persyaratan: string[];
  prosedur: string[];
  jangka_waktu: JangkaWaktu;
  /** null when neither the SOP narrative nor the service file states it (the checker refuses that). */
  biaya: BiayaStandard | null;
  produk: ProdukStandard;
  pengaduan: ServiceStandard['pengaduan'];
  /** Regulation ids (sops/_data/dasar-hukum.yaml), once each, in the SOPs' order. */
  dasar_hukum: string[];
  kompetensi_pelaksana: string[];
  sarana: string[];
  pengawasan_internal: string[];
  jumlah_pelaksana?: string;
  jaminan_pelayanan?: string;
  jaminan_keamanan?: string;
  evaluasi_kinerja?: string;
}

export function layananJsonEntry(st: ServiceStandard): LayananJsonEntry {
  const { dasar_hukum, sop, ...rest } = st;
  return {
    id: rest.id,
    nama: rest.nama,
    ringkasan: rest.ringkasan,
    instansi: rest.instansi,
    url: serviceUrl(st.id),
    sop: sop.map((s) => ({ ...s, url: sopUrl(s.id) })),
    kata_kunci: rest.kata_kunci,
    persyaratan: rest.persyaratan,
    prosedur: rest.prosedur,
    jangka_waktu: rest.jangka_waktu,
    biaya: rest.biaya,
    produk: rest.produk,
    pengaduan: rest.pengaduan,
    dasar_hukum: [...new Set(dasar_hukum.map(citationId))],
    kompetensi_pelaksana: rest.kompetensi_pelaksana,
    sarana: rest.sarana,
    pengawasan_internal: rest.pengawasan_internal,
    ...(rest.jumlah_pelaksana ? { jumlah_pelaksana: rest.jumlah_pelaksana } : {}),
    ...(rest.jaminan_pelayanan ? { jaminan_pelayanan: rest.jaminan_pelayanan } : {}),
    ...(rest.jaminan_keamanan ? { jaminan_keamanan: rest.jaminan_keamanan } : {}),
    ...(rest.evaluasi_kinerja ? { evaluasi_kinerja: rest.evaluasi_kinerja } : {}),
  };
}
