/**
 * What the SOP PDFs say about themselves: document metadata (title, author = agency, subject,
 * keywords, dates taken from the SOP, never from the clock, so the same sources give the same
 * bytes) and the footer stamped on every page. Pure.
 */
import type { Agency } from '../model/agency';
import { agencyShortName } from '../model/agency-names';
import { isValidIsoDate } from '../model/date';
import type { SopFrontmatter } from '../model/sop';
import { pdfWatermark } from './watermark';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creationDate: Date;
  modificationDate: Date;
  language: string;
}

/** Used when an SOP has no real date at all (placeholders only): a fixed date, not the clock. */
export const FALLBACK_DATE = '2000-01-01';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function sopDates(sop: Pick<SopFrontmatter, 'tanggal' | 'riwayat_revisi'>): { created: string; modified: string } {
  const valid = (v: string | undefined): v is string => v !== undefined && isValidIsoDate(v);
  const created = [sop.tanggal.pembuatan, sop.tanggal.efektif, sop.tanggal.revisi].find(valid) ?? FALLBACK_DATE;
  const all = [sop.tanggal.pembuatan, sop.tanggal.revisi, sop.tanggal.efektif, ...sop.riwayat_revisi.map((r) => r.tanggal)].filter(valid);
  const modified = all.length ? all.sort().at(-1)! : created;
  return { created, modified: modified < created ? created : modified };
}

export function sopPdfMetadata(sop: SopFrontmatter, agency: Pick<Agency, 'nama' | 'singkatan'>): PdfMetadata {
  const { created, modified } = sopDates(sop);
  const watermark = pdfWatermark(sop.status);
  return {
    title: `SOP ${sop.judul}`,
    author: agency.nama,
    subject: `Standar Operasional Prosedur Nomor ${sop.nomor}${sop.bidang ? ` — ${sop.bidang}` : ''}${watermark ? ` (${watermark})` : ''}`,
    keywords: ['SOP', 'SOP AP', sop.nomor, agencyShortName(agency), sop.bidang, sop.sasaran, sop.status].filter((k): k is string => !!k),
    creationDate: utc(created),
    modificationDate: utc(modified),
    language: 'id-ID',
  };
}

/** `note` follows the nomor on an old version's pages ("Versi lama, tidak berlaku sejak ..."). */
export function footerText(nomor: string, page: number, pages: number, note?: string): { left: string; right: string } {
  return { left: `SOP Nomor ${nomor}${note ? ` — ${note}` : ''}`, right: `Halaman ${page} dari ${pages}` };
}

/** The year printed on a book's cover: the latest effective year among its SOPs (not the clock). */
export function bookYear(sops: readonly Pick<SopFrontmatter, 'tanggal' | 'riwayat_revisi'>[]): number | undefined {
  const years = sops.map((s) => sopDates(s).modified).filter((d) => d !== FALLBACK_DATE).map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.max(...years) : undefined;
}
