/**
 * The SOP page's content in reading order: identity block (SOP AP grid), steps, total time and
 * the generated narrative parts (A. Dasar Hukum, B. Sasaran Objek). Text goes through one
 * AbbrTracker in this order so each acronym is explained at its first appearance on the page.
 */
import type { AbbrTracker } from '../glossary/annotate';
import type { Agency } from '../model/agency';
import { kopLines } from '../model/agency-names';
import { formatTanggal } from '../model/date';
import { formatNip } from '../model/nip';
import { isPlaceholder } from '../model/placeholder';
import { citationTitle, regulationTitle, type Regulation } from '../model/regulation';
import { showsKeterangan, type SopFrontmatter } from '../model/sop';
import { stepActors, type BranchTarget } from '../model/step';
import { branchDestination } from '../swimlane/branch-text';
import type { WaktuTotal } from '../flow/total-time';
import { richText, type RichText } from './rich-text';
import { letterFormPath } from '../letters/form-path';
import { regulationUrl, sopUrl } from './urls';

export interface ListItem {
  text: RichText;
  /** Link target, when the item is another page of the site. */
  url?: string;
  note?: RichText;
}

export interface LetterLink {
  id: string;
  title: string;
  url: string;
}

export interface DecisionBranch {
  label: string;
  /** Step number, or "selesai" (the end). */
  to: BranchTarget;
  /** "ke langkah 6", "kembali ke langkah 3" (a loop back) or "selesai". */
  target: string;
}

export interface StepView {
  no: number;
  kegiatan: RichText;
  /** The step's actor ids (several when actors do it together). */
  pelaksanaIds: string[];
  pelaksana: RichText;
  kelengkapan: RichText;
  waktu: RichText;
  output: RichText;
  keterangan?: RichText;
  decision?: {
    question?: RichText;
    /** The "ya" branch first. */
    branches: DecisionBranch[];
    /** "Layak: ke langkah 6; Tidak layak: selesai". */
    text: string;
  };
  letters: LetterLink[];
}

export interface SopView {
  title: RichText;
  identity: {
    logo: { src: string } | { placeholder: RichText };
    /** The letterhead's lines, top to bottom (the last is the office). */
    kop: RichText[];
    instansi: RichText;
    /** The unit as written ("Bidang Rehabilitasi Sosial", "Seksi PAS"); absent when none. */
    bidang?: RichText;
    /** Address, phone and e-mail, as far as the profile gives them. */
    kontak: RichText[];
    /** Nomor SOP, Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif (agency's own label). */
    rows: { label: string; value: RichText }[];
    /** `atasNama`: "a.n." line above the signer's jabatan; nama and nip absent while unknown. */
    disahkan: { atasNama?: RichText; jabatan: RichText; nama?: RichText; pangkat?: RichText; nip?: RichText };
    namaSop: RichText;
    /** The two-column grid, row by row: each pair is [left, right]. */
    grid: { label: string; id: string; items: ListItem[] }[];
  };
  columns: { kegiatan: string; kelengkapan: string; waktu: string; output: string; keterangan: boolean };
  steps: StepView[];
  total: {
    text: string;
    min: number;
    max: number;
    path: number[];
    unstated: number[];
    /** Steps on the main path whose time cannot be summed ("Tentatif"). */
    unsummable: number[];
    /** The total printed in the signed document, when the source gives it. */
    document?: string;
  };
  narrative: { dasarHukum: ListItem[]; sasaran: RichText };
  /** The note of an SOP whose source breaks off (`tidak_lengkap`). */
  incomplete?: RichText;
}

export interface SopViewInput {
  id: string;
  data: SopFrontmatter;
  agency: { id: string; data: Agency };
  /** The cited regulations, in the SOP's order, with the article cited if any. */
  regulations: readonly { id: string; data: Regulation; pasal?: string }[];
  /** Title of another SOP by id (for Keterkaitan); undefined when unknown. */
  sopTitle: (id: string) => string | undefined;
  letterTitle: (templateId: string) => string;
  tracker: AbbrTracker;
  /** The total time of the main path, computed once per SOP (src/site/catalog.ts). */
  total: WaktuTotal;
}

function branch(from: number, label: string, to: BranchTarget): DecisionBranch {
  return { label, to, target: branchDestination(from, to === 'selesai' ? 'end' : to) };
}

export function buildSopView(input: SopViewInput): SopView {
  const { id, data, agency, tracker } = input;
  const r = (value: string) => richText(value, tracker);
  const list = (items: readonly string[]): ListItem[] => items.map((i) => ({ text: r(i) }));
  const date = (iso: string | undefined) => (iso === undefined ? r('-') : r(formatTanggal(iso)));

  const title = r(data.judul);
  const signer = data.disahkan_oleh ?? agency.data.kepala;
  const logo = agency.data.logo ?? '[ISI: logo instansi]';
  const a = agency.data;
  const identity: SopView['identity'] = {
    logo: isPlaceholder(logo) ? { placeholder: richText(logo) } : { src: logo },
    kop: kopLines(a).map((line) => r(line)),
    instansi: r(a.nama),
    bidang: data.bidang ? r(data.bidang) : undefined,
    kontak: [a.alamat, a.telepon && `Telp. ${a.telepon}`, a.email].filter((x): x is string => !!x).map((x) => richText(x)),
    rows: [
      { label: 'Nomor SOP', value: r(data.nomor) },
      { label: 'Tanggal Pembuatan', value: date(data.tanggal.pembuatan) },
      { label: 'Tanggal Revisi', value: date(data.tanggal.revisi) },
      { label: data.tanggal.label_efektif, value: date(data.tanggal.efektif) },
    ],
    disahkan: {
      atasNama: signer.atas_nama ? r(`a.n. ${signer.atas_nama}`) : undefined,
      jabatan: r(signer.atas_nama ? `${signer.jabatan},` : signer.jabatan),
      nama: signer.nama ? r(signer.nama) : undefined,
      pangkat: signer.pangkat ? r(signer.pangkat) : undefined,
      nip: signer.nip ? r(formatNip(signer.nip)) : undefined,
    },
    namaSop: r(data.judul),
    grid: [],
  };
  const regulationItems = (): ListItem[] =>
    input.regulations.map((reg) => ({
      text: r(reg.pasal ? citationTitle(reg.data, { id: reg.id, pasal: reg.pasal }) : regulationTitle(reg.data)),
      url: regulationUrl(reg.id),
    }));
  const relationItems = (): ListItem[] =>
    data.keterkaitan.map((rel) => {
      if (typeof rel === 'string') return { text: r(rel) };
      const other = input.sopTitle(rel.sop);
      return {
        text: r(other ?? rel.sop),
        url: other === undefined ? undefined : sopUrl(rel.sop),
        note: rel.catatan ? r(rel.catatan) : undefined,
      };
    });
  // Row by row, left cell first: the reading order of the grid.
  identity.grid.push({ label: 'Dasar Hukum', id: 'dasar-hukum', items: regulationItems() });
  identity.grid.push({ label: 'Kualifikasi Pelaksana', id: 'kualifikasi', items: list(data.kualifikasi_pelaksana) });
  identity.grid.push({ label: 'Keterkaitan', id: 'keterkaitan', items: relationItems() });
  identity.grid.push({ label: 'Peralatan/Perlengkapan', id: 'peralatan', items: list(data.peralatan) });
  identity.grid.push({ label: 'Peringatan', id: 'peringatan', items: list(data.peringatan) });
  identity.grid.push({ label: 'Pencatatan dan Pendataan', id: 'pencatatan', items: list(data.pencatatan) });

  const actors = new Map(data.pelaksana.map((p) => [p.id, p.label]));
  // In the order the flowchart shows a row: activity, decision, Mutu Baku, Keterangan. The actor
  // is shown as a lane (its header and a symbol), so its label is plain text here.
  const steps = data.langkah.map((step, i): StepView => {
    const kegiatan = r(step.kegiatan);
    let decision: StepView['decision'];
    if (step.keputusan) {
      const { pertanyaan, ya, tidak } = step.keputusan;
      const question = pertanyaan ? r(pertanyaan) : undefined;
      const branches = [branch(i + 1, ya.label, ya.ke), branch(i + 1, tidak.label, tidak.ke)];
      decision = { question, branches, text: branches.map((b) => `${b.label}: ${b.target}`).join('; ') };
    }
    return {
      no: i + 1,
      kegiatan,
      decision,
      pelaksanaIds: stepActors(step),
      pelaksana: richText(stepActors(step).map((id) => actors.get(id) ?? id).join(', ')),
      kelengkapan: r(step.kelengkapan),
      waktu: r(step.waktu),
      output: r(step.output),
      keterangan: step.keterangan ? r(step.keterangan) : undefined,
      letters: step.surat.map((t) => ({ id: t, title: input.letterTitle(t), url: letterFormPath(t, { instansi: agency.id, sop: id }) })),
    };
  });

  const { total } = input;
  return {
    title,
    identity,
    columns: {
      kegiatan: data.label_kegiatan,
      kelengkapan: data.mutu_baku.kelengkapan,
      waktu: data.mutu_baku.waktu,
      output: data.mutu_baku.output,
      keterangan: showsKeterangan(data),
    },
    steps,
    total: {
      text: total.text,
      min: total.min,
      max: total.max,
      path: total.path,
      unstated: total.unstated,
      unsummable: total.unsummable,
      document: data.waktu_total_dokumen,
    },
    narrative: { dasarHukum: regulationItems(), sasaran: r(data.sasaran) },
    incomplete: data.tidak_lengkap ? r(data.tidak_lengkap) : undefined,
  };
}
