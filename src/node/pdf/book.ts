/**
 * The SOP book of an agency ("Buku SOP"): a cover (agency, year), the table of contents with book
 * page numbers, then the per-SOP PDFs of its `berlaku` SOPs copied in (pdf-lib; no browser), with
 * a continuous book page number stamped at the top of every page after the cover. Cheap enough
 * to reassemble on every publish in which one of its SOPs changed.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { planBook, wrapText, type BookPlan } from '../../core/pdf/book';
import { MARGIN_MM, pageSetup, PT_PER_MM } from '../../core/pdf/paper';
import type { Agency } from '../../core/model/agency';
import { agencyShortName, kopLines } from '../../core/model/agency-names';
import { appendOperators, applyMetadata, embedFonts, stamperFor } from './stamp';

export interface BookSop {
  id: string;
  nomor: string;
  judul: string;
  bidang?: string;
  /** The SOP's own PDF, parsed (possibly already under way while the browser printed others). */
  load: () => Promise<PDFDocument>;
}

export interface BookInput {
  agencyId: string;
  agency: Agency;
  year: number | undefined;
  sops: readonly BookSop[];
  created: Date;
  modified: Date;
  producer: string;
}

const SIZE = 10;
const LINE = 14;

export async function assembleBook(input: BookInput): Promise<{ bytes: Uint8Array; plan: BookPlan; pages: number }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const setup = pageSetup(input.agency.kertas, 'potret');
  const W = setup.widthMm * PT_PER_MM;
  const H = setup.heightMm * PT_PER_MM;
  const left = 25 * PT_PER_MM;
  const right = W - 20 * PT_PER_MM;
  const top = H - 25 * PT_PER_MM;
  const bottom = 25 * PT_PER_MM;
  const numberCol = 14 * PT_PER_MM;
  const nomorCol = 48 * PT_PER_MM;
  const titleWidth = right - left - nomorCol - numberCol - 6 * PT_PER_MM;

  const sources = await Promise.all(input.sops.map((s) => s.load()));
  const titles = input.sops.map((s) => wrapText(s.judul, titleWidth, (t) => fonts.regular.widthOfTextAtSize(t, SIZE)));
  const linesPerPage = Math.floor((top - bottom) / LINE);
  const plan = planBook({
    sopPages: sources.map((d) => d.getPageCount()),
    entryLines: titles.map((t) => t.length),
    linesPerPage,
    firstPageLines: linesPerPage - 4,
  });

  // Cover.
  const cover = doc.addPage([W, H]);
  const centre = (page: PDFPage, text: string, y: number, size: number, font: PDFFont) =>
    page.drawText(text, { x: (W - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: rgb(0, 0, 0) });
  kopLines(input.agency).forEach((line, i) => centre(cover, line.toUpperCase(), H * 0.72 - 24 * i, 16, fonts.bold));
  centre(cover, 'BUKU', H * 0.55, 22, fonts.bold);
  centre(cover, 'STANDAR OPERASIONAL PROSEDUR', H * 0.55 - 30, 22, fonts.bold);
  centre(cover, `${input.sops.length} SOP berlaku`, H * 0.55 - 60, 12, fonts.regular);
  if (input.year !== undefined) centre(cover, `TAHUN ${input.year}`, H * 0.3, 16, fonts.bold);

  // Contents.
  plan.tocEntries.forEach((entries, p) => {
    const page = doc.addPage([W, H]);
    let y = top;
    if (p === 0) {
      centre(page, 'DAFTAR ISI', y, 14, fonts.bold);
      y -= LINE * 2;
      page.drawText('Nomor SOP', { x: left, y, size: 8, font: fonts.bold });
      page.drawText('Nama SOP', { x: left + nomorCol, y, size: 8, font: fonts.bold });
      const h = 'Halaman';
      page.drawText(h, { x: right - fonts.bold.widthOfTextAtSize(h, 8), y, size: 8, font: fonts.bold });
      y -= LINE * 2;
    }
    for (const i of entries) {
      const s = input.sops[i]!;
      page.drawText(s.nomor, { x: left, y, size: SIZE - 1, font: fonts.regular, maxWidth: nomorCol - 4 });
      const lines = titles[i]!;
      lines.forEach((line, k) => page.drawText(line, { x: left + nomorCol, y: y - k * LINE, size: SIZE, font: fonts.regular }));
      const lastY = y - (lines.length - 1) * LINE;
      const num = String(plan.startPage[i]);
      const numX = right - fonts.regular.widthOfTextAtSize(num, SIZE);
      const endOfTitle = left + nomorCol + fonts.regular.widthOfTextAtSize(lines.at(-1)!, SIZE) + 4;
      // Dot leader from the end of the title to the page number.
      const unit = ' .';
      const dots = Math.max(0, Math.floor((numX - 4 - endOfTitle) / fonts.regular.widthOfTextAtSize(unit, SIZE)));
      if (dots > 0) page.drawText(unit.repeat(dots), { x: endOfTitle, y: lastY, size: SIZE, font: fonts.regular, color: rgb(0.45, 0.45, 0.45) });
      page.drawText(num, { x: numX, y: lastY, size: SIZE, font: fonts.regular });
      y -= lines.length * LINE;
    }
  });

  // The SOPs.
  for (const src of sources) {
    const pages = await doc.copyPages(src, src.getPageIndices());
    pages.forEach((p) => doc.addPage(p));
  }

  // Continuous book page numbers (every page but the cover), with the stamp fonts when they hold
  // every character of the label (no text shaping per page), else with the book's own.
  const label = `Buku SOP ${input.agency.singkatan}`;
  const st = await stamperFor(doc);
  const stamped = st.covers(label);
  doc.getPages().forEach((page, i) => {
    if (i === 0) return;
    const { width, height } = page.getSize();
    const text = `${label} · hlm. ${i + 1} dari ${plan.totalPages}`;
    const size = 7.5;
    const y = height - MARGIN_MM.top * PT_PER_MM * 0.6;
    const right = width - MARGIN_MM.right * PT_PER_MM;
    if (stamped) appendOperators(page, st.text(page, text, right - st.width(text, size), y, size, { rgb: [0.25, 0.25, 0.25] }));
    else page.drawText(text, { x: right - fonts.regular.widthOfTextAtSize(text, size), y, size, font: fonts.regular, color: rgb(0.25, 0.25, 0.25) });
  });

  applyMetadata(
    doc,
    {
      title: `Buku SOP ${input.agency.nama}${input.year ? ` Tahun ${input.year}` : ''}`,
      author: input.agency.nama,
      subject: `Kumpulan Standar Operasional Prosedur yang berlaku (${input.sops.length} SOP)`,
      keywords: ['SOP', 'Buku SOP', agencyShortName(input.agency), ...new Set(input.sops.flatMap((s) => (s.bidang ? [s.bidang] : [])))],
      creationDate: input.created,
      modificationDate: input.modified,
      language: 'id-ID',
    },
    input.producer,
  );
  // One go: pdf-lib otherwise waits for a timer tick every 50 objects (a third of the time here).
  const bytes = await doc.save({ objectsPerTick: Infinity });
  return { bytes, plan, pages: doc.getPageCount() };
}
