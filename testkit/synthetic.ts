/**
 * Synthetic SOP projects for the benchmark and the PDF tests: N valid SOPs (4-30 steps, 2-8
 * actors, decisions that loop back or end the process) spread over a few agencies with different
 * paper settings, written as a complete project root (sops/, a copy of src/, the Astro config ...)
 * that `publish({ root })` can build. Deterministic for a given seed.
 *
 * The project must live under the repository (e.g. .cache/bench-project, tests/.out/...) so that
 * node_modules resolves by walking up.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Menerima', 'Memeriksa', 'Mencatat', 'Memverifikasi', 'Menyusun', 'Menyampaikan', 'Mengkoordinasikan', 'Menandatangani', 'Mengarsipkan', 'Melakukan asesmen', 'Mendampingi', 'Membuat laporan', 'Menelaah', 'Menyerahkan', 'Mengantar'];
const OBJECTS = ['berkas permohonan', 'laporan warga', 'data klien PMKS', 'surat rekomendasi', 'hasil asesmen', 'berita acara serah terima', 'surat tugas', 'dokumen pendukung', 'rencana intervensi', 'disposisi Kepala Dinas', 'klien ke panti sosial', 'surat rujukan RSUD'];
const EXTRA = ['sesuai ketentuan yang berlaku', 'untuk ditindaklanjuti', 'kepada pejabat yang berwenang', 'dan memastikan kelengkapannya', 'bersama Pekerja Sosial dan TKSK setempat', 'melalui aplikasi pendataan'];
const ACTORS = ['Staf ADM', 'Pekerja Sosial', 'Jabatan Fungsional', 'Kasi Rehabilitasi', 'Kabid Rehabilitasi Sosial', 'Kepala Dinas', 'Koordinator Rumah Singgah', 'TKSK'];
const WAKTU = ['5 menit', '15 menit', '30 menit', '30 – 60 menit', '1 jam', '2 jam', '1 hari', '3-7 hari', '-'];
const DECISIONS: Array<[string, string]> = [['Ya', 'Tidak'], ['Lengkap', 'Tidak lengkap'], ['Layak', 'Tidak layak'], ['Setuju', 'Tolak']];
const REGULATIONS = ['uu-11-2009', 'uu-23-2014', 'permensos-8-2012', 'permensos-16-2019'];

export interface SyntheticAgency {
  id: string;
  kertas: 'A4' | 'F4';
  orientasi_sop: 'potret' | 'lanskap';
}

/** Ten offices (a province's kabupaten/kota), cycling through three paper settings. */
export const SYNTHETIC_AGENCIES: SyntheticAgency[] = Array.from({ length: 10 }, (_, k) => ({
  id: `dinsos-sintetis-${String.fromCharCode(97 + k)}`,
  kertas: k % 3 === 1 ? 'F4' : 'A4',
  orientasi_sop: k % 3 === 2 ? 'lanskap' : 'potret',
}));

export function agencyYaml(a: SyntheticAgency, k: number): string {
  return stringify({
    pemerintah: `Pemerintah Kabupaten Sintetis ${k + 1}`,
    nama: `Dinas Sosial Kabupaten Sintetis ${k + 1}`,
    singkatan: `Dinsos Sintetis ${k + 1}`,
    kota: `Sintetis ${k + 1}`,
    alamat: `Jalan Contoh No. ${k + 1}`,
    telepon: '(0771) 000000',
    email: `dinsos${k + 1}@contoh.go.id`,
    situs: `https://dinsos${k + 1}.contoh.go.id`,
    logo: '[ISI: logo instansi]',
    kepala: { jabatan: `Kepala Dinas Sosial Kabupaten Sintetis ${k + 1}`, nama: `Pejabat Contoh ${k + 1}`, pangkat: 'Pembina (IV/a)', nip: '19700101 199503 1 001' },
    pola_nomor_surat: '{klasifikasi}/{nomor}/DINSOS/{tahun}',
    kertas: a.kertas,
    orientasi_sop: a.orientasi_sop,
  });
}

export interface SyntheticSopOptions {
  steps: number;
  actors: number;
  seed: number;
  instansi: string;
  nomor: string;
  judul: string;
  status?: 'draf' | 'berlaku' | 'digantikan' | 'dicabut';
  /** Extra frontmatter fields (digantikan_oleh, dicabut). A dicabut SOP gets a withdrawal block by default. */
  extra?: Record<string, unknown>;
  decisions?: boolean;
  cetak?: { kertas?: 'A4' | 'F4'; orientasi?: 'potret' | 'lanskap' };
  /** Replaces identity lists (long lists for the PDF's page-fitting tests). */
  lists?: Partial<Record<'dasar_hukum' | 'kualifikasi_pelaksana' | 'peralatan' | 'peringatan' | 'pencatatan', string[]>> & {
    /** Free text, or { sop: <id> } linking another SOP. */
    keterkaitan?: (string | { sop: string })[];
  };
  /** Replaces the kegiatan of the given steps (1-based), e.g. one taller than a page. */
  kegiatan?: Record<number, string>;
}

/** One SOP's MDX text. */
export function syntheticSopMdx(o: SyntheticSopOptions): string {
  const r = prng(o.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const actors = ACTORS.slice(0, o.actors).map((label, i) => ({ id: `aktor-${i + 1}`, label }));
  const langkah: Record<string, unknown>[] = [];
  for (let i = 1; i <= o.steps; i++) {
    const step: Record<string, unknown> = {
      kegiatan: `${pick(VERBS)} ${pick(OBJECTS)} ${r() < 0.5 ? pick(EXTRA) : ''}`.trim() + (r() < 0.2 ? `, kemudian ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)} ${pick(EXTRA)}` : '') + ` (langkah ${i})`,
      pelaksana: i === 1 ? 'aktor-1' : actors[Math.floor(r() * actors.length)]!.id,
      kelengkapan: pick(OBJECTS),
      waktu: pick(WAKTU),
      output: pick(OBJECTS),
    };
    // Decisions: never the first or last step; "tidak" loops back or ends the process.
    if (o.decisions !== false && i > 2 && i < o.steps - 1 && r() < 0.18) {
      const [ya, tidak] = pick(DECISIONS);
      step.keputusan = {
        pertanyaan: `Apakah ${pick(OBJECTS)} ${ya.toLowerCase()}?`,
        ya: { label: ya, ke: i + 1 },
        tidak: { label: tidak, ke: r() < 0.7 ? Math.max(1, i - 1 - Math.floor(r() * 3)) : 'selesai' },
      };
    }
    if (o.kegiatan?.[i] !== undefined) step.kegiatan = o.kegiatan[i];
    langkah.push(step);
  }
  // Every actor acts at least once (the checker warns otherwise): assign round-robin where missing.
  actors.forEach((a, k) => {
    if (!langkah.some((s) => s.pelaksana === a.id) && langkah[k + 1]) langkah[k + 1]!.pelaksana = a.id;
  });
  const front = {
    nomor: o.nomor,
    judul: o.judul,
    instansi: o.instansi,
    bidang: pick(['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial', 'Pemberdayaan Sosial']),
    status: o.status ?? 'berlaku',
    ...(o.status === 'dicabut' ? { dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan ke instansi lain' } } : {}),
    ...(o.extra ?? {}),
    tanggal: { pembuatan: '2024-02-20', revisi: '2024-02-27', efektif: `2024-03-${String(1 + (o.seed % 28)).padStart(2, '0')}` },
    sasaran: `Pemerlu Pelayanan Kesejahteraan Sosial (${pick(OBJECTS)})`,
    dasar_hukum: REGULATIONS.slice(0, 1 + Math.floor(r() * REGULATIONS.length)),
    kualifikasi_pelaksana: ['Memahami tata cara pelayanan', 'Mampu mengoperasikan komputer'],
    keterkaitan: [],
    peralatan: ['ATK', 'Komputer dan printer'],
    peringatan: ['Bila tidak dilaksanakan, pelayanan kepada klien tertunda'],
    pencatatan: ['Data klien dicatat dalam basis data PMKS'],
    ...(o.lists ?? {}),
    ...(o.cetak ? { cetak: o.cetak } : {}),
    mutu_baku: { kelengkapan: 'Persyaratan/Kelengkapan', waktu: 'Waktu', output: 'Output' },
    pelaksana: actors,
    langkah,
  };
  const body = [
    '## C. Ketentuan Umum',
    '',
    `SOP sintetis nomor ${o.nomor} untuk pengujian dan pengukuran. Kriteria penerima layanan:`,
    '',
    '1. warga yang terdaftar dalam data PMKS;',
    '2. telah diasesmen oleh Pekerja Sosial; dan',
    '3. memenuhi persyaratan administrasi.',
    '',
    '## D. Jangka Waktu Penyelesaian',
    '',
    'Sesuai jumlah waktu pada diagram alir.',
    '',
    '## E. Biaya',
    '',
    'Tidak dipungut biaya.',
    '',
  ].join('\n');
  return `---\n${stringify(front)}---\n\n${body}`;
}

export interface SyntheticProjectOptions {
  /** Project folder (created/replaced). */
  dir: string;
  /** The repository whose src/, config and node_modules the project uses. */
  repo: string;
  n: number;
  seed?: number;
}

/** Copies what a project needs besides sops/ (src/, config, templates, public/). */
export function scaffoldProject(dir: string, repo: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(repo, f), join(dir, f));
  for (const d of ['src', 'letter-templates', 'public']) if (existsSync(join(repo, d))) cpSync(join(repo, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'sops/_data/instansi'), { recursive: true });
  cpSync(join(repo, 'sops/_data/dasar-hukum.yaml'), join(dir, 'sops/_data/dasar-hukum.yaml'));
  // A real (empty) node_modules: packages resolve by walking up to the repository's, while Astro's
  // cache (node_modules/.astro, the content data store) stays this project's own. A symlink would
  // share the repository's data store and mix both projects' SOPs.
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  SYNTHETIC_AGENCIES.forEach((a, k) => writeFileSync(join(dir, `sops/_data/instansi/${a.id}.yaml`), agencyYaml(a, k)));
}

/** Writes a synthetic project with `n` SOPs; returns the SOP ids. */
export function generateSyntheticProject(o: SyntheticProjectOptions): string[] {
  const dir = resolve(o.dir);
  scaffoldProject(dir, resolve(o.repo));
  const r = prng(o.seed ?? 1);
  const ids: string[] = [];
  for (let i = 0; i < o.n; i++) {
    const agency = SYNTHETIC_AGENCIES[i % SYNTHETIC_AGENCIES.length]!;
    const folder = agency.id.replace('dinsos-', '');
    const id = `${folder}/sop-${String(i + 1).padStart(4, '0')}`;
    const roll = r();
    const mdx = syntheticSopMdx({
      steps: 4 + Math.floor(r() * 27),
      actors: 2 + Math.floor(r() * 7),
      seed: (o.seed ?? 1) * 100_003 + i,
      instansi: agency.id,
      nomor: `460/${i + 1}/SINT/2024`,
      judul: `Pelayanan Sintetis Nomor ${i + 1}`,
      status: roll < 0.85 ? 'berlaku' : roll < 0.95 ? 'draf' : 'dicabut',
    });
    mkdirSync(join(dir, 'sops', folder), { recursive: true });
    writeFileSync(join(dir, 'sops', `${id}.mdx`), mdx);
    ids.push(id);
  }
  return ids;
}
