/**
 * A service's Standar Pelayanan (docs/formats.md §5): the six components shown to the public
 * and the eight of its management, each taken from where it is kept. What the SOPs hold is
 * derived from them; what they do not hold comes from the service file or the agency file.
 *
 * - jangka waktu: the SOPs' times added up, each SOP's the total printed in its signed
 *   document (waktu_total_dokumen) when written, else its computed total;
 * - biaya: the narrative's one-line "Biaya" section (biaya.ts);
 * - produk: the Output of each SOP's last step, one item per line, and the letters it issues;
 * - dasar hukum and kompetensi pelaksana: the SOPs' dasar_hukum and kualifikasi_pelaksana,
 *   each once, in the SOPs' order;
 * - pengaduan, jam pelayanan and the office's address: the agency file.
 * A value written in the service file replaces the derived one (the checker asks for an alasan
 * when there was one to replace).
 */
import type { Agency } from '../model/agency';
import { citationId, type Citation } from '../model/regulation';
import type { Service } from '../model/service';
import type { SopFrontmatter } from '../model/sop';
import { formatRange, styleForUnit, type DurationStyle } from '../waktu/format';
import { columnUnit, parseWaktu } from '../waktu/parse';
import { totalWaktuOfSop } from '../flow/total-time';
import { biayaFromNarrative, isFree, sameBiaya } from './biaya';
import { narrativeSection } from './narrative-section';
import { looseValue } from '../model/loose-text';

export interface ServiceSop {
  id: string;
  data: SopFrontmatter;
  /** The MDX narrative. */
  body: string;
}

export type Origin = 'sop' | 'layanan';

export interface JangkaWaktu {
  teks: string;
  /** Range in minutes when derived (absent when stated in the service file). */
  min_menit?: number;
  max_menit?: number;
  asal: Origin;
  alasan?: string;
  /** Steps without a summable time, as a note for the public ("belum termasuk ..."). */
  catatan?: string;
  /** What the SOP narrative's "Jangka Waktu" section says, when one line ("Tergantung kasus"). */
  narasi?: string;
}

export interface BiayaStandard {
  /** "Gratis", a tariff, or a placeholder. */
  teks: string;
  gratis: boolean;
  asal: Origin | 'narasi';
  alasan?: string;
}

export interface ProdukStandard {
  items: string[];
  /** Letter template ids the last steps issue (letter-templates/<id>.hbs). */
  surat: string[];
  asal: Origin;
  alasan?: string;
}

export interface ServiceStandard {
  id: string;
  nama: string;
  ringkasan: string;
  /** The agency that delivers the service: the agency of its (first) SOP. */
  instansi: string;
  sop: { id: string; judul: string }[];
  kata_kunci: string[];
  // --- The six service-delivery components, in the order a person needs them.
  persyaratan: string[];
  prosedur: string[];
  jangka_waktu: JangkaWaktu;
  biaya: BiayaStandard | null;
  produk: ProdukStandard;
  pengaduan: { saluran: string[]; alamat: string; telepon?: string; email?: string; jam_pelayanan?: string };
  // --- Management components.
  dasar_hukum: Citation[];
  kompetensi_pelaksana: string[];
  sarana: string[];
  pengawasan_internal: string[];
  jumlah_pelaksana?: string;
  jaminan_pelayanan?: string;
  jaminan_keamanan?: string;
  evaluasi_kinerja?: string;
}

/** What the SOPs say about the time, before the service file is read. */
export function derivedJangkaWaktu(sops: readonly ServiceSop[]): JangkaWaktu {
  let min = 0;
  let max = 0;
  let style: DurationStyle = 'jam';
  const gaps: string[] = [];
  for (const sop of sops) {
    const written = sop.data.waktu_total_dokumen;
    const parsed = written !== undefined ? parseWaktu(written, columnUnit(sop.data.mutu_baku.waktu)) : null;
    if (parsed?.ok && parsed.waktu) {
      min += parsed.waktu.min;
      max += parsed.waktu.max;
      if (styleForUnit(parsed.waktu.unit) === 'hari') style = 'hari';
      continue;
    }
    const total = totalWaktuOfSop(sop.data);
    min += total.min;
    max += total.max;
    if (total.style === 'hari') style = 'hari';
    const missing = [...total.unstated, ...total.unsummable].sort((a, b) => a - b);
    if (missing.length) gaps.push(...missing.map((n) => (sops.length > 1 ? `${n} (${sop.data.judul})` : String(n))));
  }
  const narasi = [...new Set(sops.map((s) => oneLine(narrativeSection(s.body, /^jangka waktu/i))).filter((t) => t !== null))];
  return {
    teks: formatRange(min, max, style),
    min_menit: min,
    max_menit: max,
    asal: 'sop',
    ...(gaps.length ? { catatan: `Belum termasuk waktu langkah ${gaps.join(', ')} yang tidak dicantumkan di SOP.` } : {}),
    ...(narasi.length === 1 ? { narasi: narasi[0] } : {}),
  };
}

/** A working day ("hari kerja", "HK"), which the SOPs' totals, counted in calendar time, do not say. */
const WORKING_DAY = /\bhari\s+kerja\b|\bhk\b/i;

/**
 * Whether a time stated in a service file says what the SOPs' total says: the same range of
 * minutes ("35 menit", "1 hari" for "24 jam", 1 hari being 24 jam as in every total), and
 * working days only where an SOP writes them ("1 hari kerja" is longer than "1 hari").
 */
export function sameJangkaWaktu(stated: string, sops: readonly ServiceSop[]): boolean {
  const read = parseWaktu(stated);
  if (!read.ok || !read.waktu) return false;
  const derived = derivedJangkaWaktu(sops);
  if (read.waktu.min !== derived.min_menit || read.waktu.max !== derived.max_menit) return false;
  if (!WORKING_DAY.test(stated)) return true;
  return sops.some((s) => [s.data.waktu_total_dokumen, ...s.data.langkah.map((l) => l.waktu)].some((w) => w !== undefined && WORKING_DAY.test(String(w))));
}

/** Whether a product list stated in a service file is the one derived from the SOPs, item for item. */
export function sameProduk(stated: readonly string[], derived: readonly string[]): boolean {
  return stated.length === derived.length && stated.every((t, i) => looseValue(t) === looseValue(derived[i]!));
}

function oneLine(text: string | null): string | null {
  return text && !text.includes('\n') ? text : null;
}

/** "a) Pendampingan ke RSUD" -> "Pendampingan ke RSUD"; "-" lines dropped. */
function outputItems(output: string): string[] {
  return output
    .split('\n')
    .map((l) => l.trim().replace(/^(?:[a-z]\)|[a-z]\.|\d+[.)]|[-*•])\s+/i, '').trim())
    .filter((l) => l !== '' && l !== '-');
}

/** Outputs and letters of each SOP's last step. */
export function derivedProduk(sops: readonly ServiceSop[]): ProdukStandard {
  const items: string[] = [];
  const surat: string[] = [];
  for (const sop of sops) {
    const last = sop.data.langkah[sop.data.langkah.length - 1]!;
    for (const item of outputItems(last.output)) if (!items.includes(item)) items.push(item);
    for (const id of last.surat) if (!surat.includes(id)) surat.push(id);
  }
  return { items, surat, asal: 'sop' };
}

/** The narrative's cost when every SOP that states one states the same; null when none does. */
export function derivedBiaya(sops: readonly ServiceSop[]): BiayaStandard | null {
  const found = sops.map((s) => biayaFromNarrative(s.body)).filter((b) => b !== null);
  if (found.length === 0) return null;
  const first = found[0]!;
  if (found.some((b) => !sameBiaya(b.teks, first.teks))) return null;
  return { teks: first.teks, gratis: first.gratis, asal: 'narasi' };
}

function unique<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The standard of one service. `sops` are the service's SOPs in its order (all found). */
export function serviceStandard(id: string, service: Service, sops: readonly ServiceSop[], agency: Agency): ServiceStandard {
  const jangka: JangkaWaktu = service.jangka_waktu
    ? { teks: service.jangka_waktu.teks, asal: 'layanan', ...(service.jangka_waktu.alasan ? { alasan: service.jangka_waktu.alasan } : {}) }
    : derivedJangkaWaktu(sops);
  const derived = derivedProduk(sops);
  const produk: ProdukStandard = service.produk
    ? { items: service.produk.teks, surat: [], asal: 'layanan', ...(service.produk.alasan ? { alasan: service.produk.alasan } : {}) }
    : derived;
  const biaya: BiayaStandard | null = service.biaya
    ? { teks: service.biaya.teks, gratis: isFree(service.biaya.teks), asal: 'layanan', ...(service.biaya.alasan ? { alasan: service.biaya.alasan } : {}) }
    : derivedBiaya(sops);
  return {
    id,
    nama: service.nama,
    ringkasan: service.ringkasan,
    instansi: sops[0]!.data.instansi,
    sop: sops.map((s) => ({ id: s.id, judul: s.data.judul })),
    kata_kunci: service.kata_kunci,
    persyaratan: service.persyaratan,
    prosedur: service.prosedur,
    jangka_waktu: jangka,
    biaya,
    produk,
    pengaduan: {
      saluran: agency.pengaduan,
      alamat: agency.alamat,
      ...(agency.telepon ? { telepon: agency.telepon } : {}),
      ...(agency.email ? { email: agency.email } : {}),
      ...(agency.jam_pelayanan ? { jam_pelayanan: agency.jam_pelayanan } : {}),
    },
    dasar_hukum: unique(sops.flatMap((s) => s.data.dasar_hukum), (c) => `${citationId(c)}|${typeof c === 'string' ? '' : c.pasal}`),
    kompetensi_pelaksana: unique(sops.flatMap((s) => s.data.kualifikasi_pelaksana), (k) => k.toLowerCase()),
    sarana: service.sarana,
    pengawasan_internal: service.pengawasan_internal,
    ...(service.jumlah_pelaksana ? { jumlah_pelaksana: service.jumlah_pelaksana } : {}),
    ...(service.jaminan_pelayanan ? { jaminan_pelayanan: service.jaminan_pelayanan } : {}),
    ...(service.jaminan_keamanan ? { jaminan_keamanan: service.jaminan_keamanan } : {}),
    ...(service.evaluasi_kinerja ? { evaluasi_kinerja: service.evaluasi_kinerja } : {}),
  };
}
