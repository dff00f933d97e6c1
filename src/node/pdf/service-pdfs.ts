/**
 * Phase "service documents": the PDFs of the services' printed documents (src/core/pdf/
 * service-documents.ts: posters, decree annexes, Maklumat, book of service standards), each
 * printed from its built print page by the same browser pool (non-local requests blocked),
 * stamped with its metadata (and page footers on multi-page documents). A document whose inputs
 * (engine, the page's HTML, its stylesheets, its metadata) hash as in the previous output is
 * copied over instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Catalog } from '../../core/catalog/catalog';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { serviceDocuments, type ServiceDocument } from '../../core/pdf/service-documents';
import { withTimeout } from './browser-pool';
import { engineHash, sha } from './engine-hash';
import type { Manifest } from './manifest';
import type { PdfBrowser } from './pdf-browser';
import { reuseFile } from './reuse-unchanged';
import { applyMetadata, stampFooter, stamperFor } from './stamp';

export interface ServicePdfInput {
  catalog: Catalog;
  browser: PdfBrowser;
  distDir: string;
  previousDir: string;
  /** The new manifest: an entry per document is added to it. */
  manifest: Manifest;
  previous: Manifest | undefined;
  producer: string;
  timeoutMs: number;
}

export interface ServicePdfStats {
  total: number;
  rendered: number;
}

const fileOf = (dir: string, doc: ServiceDocument) => join(dir, doc.pdf.replace(/^\//, ''));

function pageHtml(distDir: string, doc: ServiceDocument): string {
  const file = join(distDir, doc.page.replace(/^\//, ''), 'index.html');
  if (!existsSync(file)) throw new Error(`Halaman cetak ${doc.page} tidak ada (${file}); PDF ${doc.pdf} tidak dapat dibuat.`);
  return readFileSync(file, 'utf8');
}

function inputHash(distDir: string, doc: ServiceDocument, html: string): string {
  const css = (html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
    .flatMap((t) => /href="([^"]+)"/.exec(t)?.[1] ?? [])
    .map((href) => {
      const f = join(distDir, href.replace(/^\//, ''));
      return existsSync(f) ? readFileSync(f, 'utf8') : `(hilang: ${href})`;
    });
  return sha(canonicalInputs({ engine: engineHash(), html, css: css.join('\n'), meta: stableJson(doc.meta), footer: doc.footer ?? '' }));
}

async function printDocument(input: ServicePdfInput, doc: ServiceDocument): Promise<{ bytes: Uint8Array; pages: number }> {
  const { server, pool } = await input.browser.ready;
  const raw = await pool.use((page) =>
    withTimeout(
      (async () => {
        await page.goto(server.url + doc.page, { waitUntil: 'load', timeout: 0 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: false, outline: false, timeout: 0 });
      })(),
      input.timeoutMs,
      `waktu habis setelah ${Math.round(input.timeoutMs / 1000)} detik`,
    ),
  );
  const pdf = await PDFDocument.load(raw, { updateMetadata: false });
  if (doc.footer) {
    const st = await stamperFor(pdf);
    const pages = pdf.getPages();
    pages.forEach((p, k) => stampFooter(p, st, doc.footer!, `Halaman ${k + 1} dari ${pages.length}`));
  }
  applyMetadata(pdf, doc.meta, input.producer);
  return { bytes: await pdf.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: pdf.getPageCount() };
}

export async function printServiceDocuments(input: ServicePdfInput): Promise<ServicePdfStats> {
  const { catalog, distDir, previousDir, manifest, previous } = input;
  const docs = serviceDocuments({ services: catalog.services ?? [], sops: catalog.sops, agencies: catalog.agencies });
  manifest.dokumen ??= {};
  let rendered = 0;
  for (const doc of docs) {
    const hash = inputHash(distDir, doc, pageHtml(distDir, doc));
    const file = fileOf(distDir, doc);
    mkdirSync(dirname(file), { recursive: true });
    const old = previous?.dokumen?.[doc.key];
    if (old && old.hash === hash && existsSync(fileOf(previousDir, doc))) {
      reuseFile(fileOf(previousDir, doc), file);
      manifest.dokumen[doc.key] = old;
      continue;
    }
    let out: { bytes: Uint8Array; pages: number };
    try {
      out = await printDocument(input, doc);
    } catch (err) {
      throw new Error(`Gagal membuat PDF ${doc.pdf} (${doc.meta.title}): ${(err as Error).message}`);
    }
    writeFileSync(file, out.bytes);
    manifest.dokumen[doc.key] = { hash, pages: out.pages };
    rendered++;
  }
  return { total: docs.length, rendered };
}
