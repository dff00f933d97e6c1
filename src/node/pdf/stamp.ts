/**
 * Splitting a batch PDF into one PDF per SOP (by the start markers), and everything the engine
 * writes onto the pages itself: the footer (SOP nomor, "Halaman x dari y") on every page, the
 * DRAF watermark, the metadata. The stamped text uses Liberation Sans, embedded (subset).
 * pdf-lib's font subset names come from a seeded generator, and every date is the SOP's, so the
 * output is byte-identical for identical input.
 */
import { fitFooterLeft, FOOTER_GAP, FOOTER_SIZE } from '../../core/pdf/footer-fit';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, PDFObjectCopier, PDFRef, rgb,
  beginText, drawLine, endText, popGraphicsState, pushGraphicsState, rotateAndSkewTextRadiansAndTranslate, setFillingRgbColor,
  setFontAndSize, setGraphicsState, showText, type PDFFont, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import { footerText, type PdfMetadata } from '../../core/pdf/metadata';
import { MARGIN_MM, PT_PER_MM } from '../../core/pdf/paper';
import { MARKER_ORIGIN, sopMarker } from '../../core/pdf/batch-markers';

export const FONT_FILES = {
  regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
};

let fontCache: { regular: Uint8Array; bold: Uint8Array } | undefined;
export function fontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  if (!fontCache) {
    try {
      fontCache = { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
    } catch {
      throw new Error(
        'Huruf Liberation Sans tidak ditemukan (' + FONT_FILES.regular + ').\nPasang dengan: sudo apt-get install -y fonts-liberation fonts-texgyre',
      );
    }
  }
  return fontCache;
}

export async function embedFonts(doc: PDFDocument, bold = true): Promise<{ regular: PDFFont; bold: PDFFont }> {
  doc.registerFontkit(fontkit);
  const f = fontBytes();
  const regular = await doc.embedFont(f.regular, { subset: true });
  return { regular, bold: bold ? await doc.embedFont(f.bold, { subset: true }) : regular };
}

/** The text of a link annotation's address, or '' when it has none. */
function annotationUri(annots: PDFArray, k: number): string {
  const uri = annots.lookup(k, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : '';
}

/** Where each marker link (https://penanda.invalid/...) of a batch was printed: its 0-based pages, in order. */
export function markerPages(doc: PDFDocument): Map<string, number[]> {
  const at = new Map<string, number[]>();
  doc.getPages().forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    for (let k = 0; k < annots.size(); k++) {
      const text = annotationUri(annots, k);
      if (!text.startsWith(MARKER_ORIGIN)) continue;
      const pages = at.get(text) ?? [];
      if (pages.at(-1) !== index) pages.push(index);
      at.set(text, pages);
    }
  });
  return at;
}

/** Page index where each SOP of the batch starts (from the marker link annotations). */
export function findStarts(at: ReadonlyMap<string, readonly number[]>, count: number): number[] {
  const starts = Array.from({ length: count }, (_, n) => at.get(sopMarker(n))?.[0] ?? -1);
  starts.forEach((s, i) => {
    if (s < 0 || (i > 0 && s <= starts[i - 1]!)) throw new Error(`Penanda awal SOP ke-${i + 1} dalam cetakan gabungan tidak ditemukan.`);
  });
  return starts;
}

/** Removes the marker link annotations from a page (before it is copied: their objects stay behind). */
function dropMarkers(page: PDFPage): void {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return;
  const keep = [];
  for (let k = 0; k < annots.size(); k++) if (!annotationUri(annots, k).startsWith(MARKER_ORIGIN)) keep.push(annots.get(k));
  if (keep.length === annots.size()) return;
  if (keep.length) page.node.set(PDFName.of('Annots'), page.doc.context.obj(keep));
  else page.node.delete(PDFName.of('Annots'));
}

/** A batch PDF as printed, to read its markers and split it. */
export function loadBatch(bytes: Uint8Array): Promise<PDFDocument> {
  // parseSpeed Infinity: no timer tick every 100 objects (same result, less waiting).
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
}

export function applyMetadata(doc: PDFDocument, meta: PdfMetadata, producer: string): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('sop-dinsos (Chromium, pdf-lib)');
  doc.setProducer(producer);
  doc.setCreationDate(meta.creationDate);
  doc.setModificationDate(meta.modificationDate);
  doc.setLanguage(meta.language);
}

/**
 * Stamping: embedding and subsetting a font with fontkit in every SOP PDF costs ~20 ms per
 * file. Instead one template document embeds Liberation Sans (regular, bold) once, subset to the
 * characters footers and watermarks use; every SOP PDF gets a raw copy of those font objects and
 * shows text with the template's glyph codes. Text stays extractable (the copied ToUnicode map).
 */
const STAMP_CHARSET =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—·';

interface StampFontTemplate {
  doc: PDFDocument;
  ref: PDFRef;
  codes: Map<string, string>;
  widths: Map<string, number>;
}
let stampTemplate: Promise<{ regular: StampFontTemplate; bold: StampFontTemplate }> | undefined;

async function buildStampTemplate(): Promise<{ regular: StampFontTemplate; bold: StampFontTemplate }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const page = doc.addPage([200, 200]);
  const chars = [...STAMP_CHARSET];
  const maps = (['regular', 'bold'] as const).map((k) => {
    const font = fonts[k];
    const codes = new Map(chars.map((c) => [c, font.encodeText(c).toString().slice(1, -1)]));
    const widths = new Map(chars.map((c) => [c, font.widthOfTextAtSize(c, 1000)]));
    page.drawText(STAMP_CHARSET, { font, size: 5, x: 0, y: k === 'regular' ? 10 : 20 });
    return { codes, widths };
  });
  const saved = await PDFDocument.load(await doc.save({ useObjectStreams: false }), { updateMetadata: false });
  const fontDict = saved.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  // Tell regular from bold by the font's name (LiberationSans vs LiberationSans-Bold).
  const entries = fontDict.keys().map((k) => {
    const ref = fontDict.get(k) as PDFRef;
    const base = saved.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont'))?.toString() ?? '';
    return { ref, bold: /Bold/.test(base) };
  });
  const byName = [entries.find((e) => !e.bold)!, entries.find((e) => e.bold)!];
  return {
    regular: { doc: saved, ref: byName[0]!.ref, ...maps[0]! },
    bold: { doc: saved, ref: byName[1]!.ref, ...maps[1]! },
  };
}

class Stamper {
  private refs = new Map<StampFontTemplate, PDFRef>();
  private gs?: PDFRef;
  constructor(
    private readonly doc: PDFDocument,
    private readonly t: { regular: StampFontTemplate; bold: StampFontTemplate },
  ) {}

  private fontRef(f: StampFontTemplate): PDFRef {
    let ref = this.refs.get(f);
    if (!ref) {
      ref = PDFObjectCopier.for(f.doc.context, this.doc.context).copy(f.ref);
      this.refs.set(f, ref);
    }
    return ref;
  }

  /** Whether every character of `text` is in the stamp fonts' subset (others would print as "?"). */
  covers(text: string): boolean {
    return [...text].every((c) => this.t.regular.codes.has(c));
  }

  width(text: string, size: number, bold = false): number {
    const f = bold ? this.t.bold : this.t.regular;
    return ([...text].reduce((w, c) => w + (f.widths.get(c) ?? f.widths.get('?')!), 0) * size) / 1000;
  }

  /** The operators showing `text` at (x, y) on `page` (whose resources get the font it uses). */
  text(page: PDFPage, text: string, x: number, y: number, size: number, opts: { bold?: boolean; rgb?: [number, number, number]; angle?: number; opacity?: number } = {}): PDFOperator[] {
    const f = opts.bold ? this.t.bold : this.t.regular;
    const name = opts.bold ? 'SopStampB' : 'SopStampR';
    page.node.setFontDictionary(PDFName.of(name), this.fontRef(f));
    const hex = [...text].map((c) => f.codes.get(c) ?? f.codes.get('?')!).join('');
    const ops = [pushGraphicsState()];
    if (opts.opacity !== undefined) {
      this.gs ??= this.doc.context.register(this.doc.context.obj({ Type: 'ExtGState', ca: opts.opacity, CA: opts.opacity }));
      page.node.setExtGState(PDFName.of('SopStampGS'), this.gs);
      ops.push(setGraphicsState('SopStampGS'));
    }
    const [r, g, b] = opts.rgb ?? [0, 0, 0];
    ops.push(
      setFillingRgbColor(r, g, b),
      beginText(),
      setFontAndSize(name, size),
      rotateAndSkewTextRadiansAndTranslate(opts.angle ?? 0, 0, 0, x, y),
      showText(PDFHexString.of(hex)),
      endText(),
      popGraphicsState(),
    );
    return ops;
  }
}

/**
 * Adds `ops` to the page as a content stream of their own, not compressed: pdf-lib deflates
 * every stream it makes, and starting a deflate costs more than a stamp's hundred bytes save
 * (one per page of every PDF). Like pdf-lib's own drawing, the page's existing content is first
 * wrapped in q/Q, so the stamp starts from the default graphics state.
 */
export function appendOperators(page: PDFPage, ops: PDFOperator[]): void {
  const context = page.doc.context;
  page.node.addContentStream(context.register(PDFContentStream.of(context.obj({}), ops, false)));
}

export async function stamperFor(doc: PDFDocument): Promise<Stamper> {
  stampTemplate ??= buildStampTemplate();
  return new Stamper(doc, await stampTemplate);
}

export function stampFooter(page: PDFPage, st: Stamper, left: string, right: string): void {
  const { width } = page.getSize();
  const x0 = MARGIN_MM.left * PT_PER_MM;
  const x1 = width - MARGIN_MM.right * PT_PER_MM;
  const y = MARGIN_MM.bottom * PT_PER_MM * 0.45;
  const rightWidth = st.width(right, FOOTER_SIZE);
  const fit = fitFooterLeft(left, x1 - x0 - rightWidth - FOOTER_GAP, (t, size) => st.width(t, size));
  appendOperators(page, [
    ...drawLine({ start: { x: x0, y: y + 10 }, end: { x: x1, y: y + 10 }, thickness: 0.5, color: rgb(0.3, 0.3, 0.3) }),
    ...st.text(page, fit.text, x0, y, fit.size),
    ...st.text(page, right, x1 - rightWidth, y, FOOTER_SIZE),
  ]);
}

/** `text` across the page's diagonal: "DRAF" at its usual size, a longer word scaled to fit. */
export function stampWatermark(page: PDFPage, st: Stamper, text: string): void {
  const { width, height } = page.getSize();
  const diagonal = Math.hypot(width, height);
  const size = Math.min(Math.min(width, height) * 0.28, (diagonal * 0.7) / st.width(text, 1, true));
  const w = st.width(text, size, true);
  const angle = Math.atan2(height, width);
  const cx = width / 2 - (Math.cos(angle) * w) / 2 + Math.sin(angle) * size * 0.35;
  const cy = height / 2 - (Math.sin(angle) * w) / 2 - Math.cos(angle) * size * 0.35;
  appendOperators(page, st.text(page, text, cx, cy, size, { bold: true, rgb: [0.75, 0.1, 0.1], angle, opacity: 0.16 }));
}

export interface SplitItem {
  id: string;
  nomor: string;
  /** The word stamped across every page (src/core/pdf/watermark.ts), if any. */
  watermark?: string;
  /** Printed after the nomor in the footer of every page (an old version's notice), if any. */
  footerNote?: string;
  meta: PdfMetadata;
}

export interface SplitResult {
  id: string;
  bytes: Uint8Array;
  pages: number;
}

/**
 * Splits a batch PDF into per-SOP PDFs, stamped and with their metadata: `items` are the batch's
 * SOPs in print order; only those `wanted` are written (the others were printed again elsewhere).
 */
export async function splitBatch(
  batch: PDFDocument,
  items: readonly SplitItem[],
  producer: string,
  wanted: (index: number) => boolean = () => true,
): Promise<SplitResult[]> {
  const starts = findStarts(markerPages(batch), items.length);
  for (const page of batch.getPages()) dropMarkers(page);
  const total = batch.getPageCount();
  const out: SplitResult[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!wanted(i)) continue;
    const item = items[i]!;
    const from = starts[i]!;
    const to = i + 1 < items.length ? starts[i + 1]! : total;
    const doc = await PDFDocument.create({ updateMetadata: false });
    const indices = Array.from({ length: to - from }, (_, k) => from + k);
    const pages = await doc.copyPages(batch, indices);
    const st = await stamperFor(doc);
    pages.forEach((p, k) => {
      doc.addPage(p);
      const f = footerText(item.nomor, k + 1, pages.length, item.footerNote);
      stampFooter(p, st, f.left, f.right);
      if (item.watermark) stampWatermark(p, st, item.watermark);
    });
    applyMetadata(doc, item.meta, producer);
    // Classic xref (no object streams): faster to save and to load again when the book is assembled.
    out.push({ id: item.id, bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: pages.length });
  }
  return out;
}
