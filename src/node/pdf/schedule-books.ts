/**
 * Phase "schedule books": the book of every agency with `berlaku` SOPs, reassembled only when one
 * of its SOPs changed. A book is assembled as soon as all its agency's SOPs are printed, while the
 * browser prints the others; one book at a time, in agency order for the rest. The unchanged SOPs
 * of books that will be reassembled are parsed meanwhile, one file per turn of the event loop.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Catalog } from '../../core/catalog/catalog';
import { compareSops } from '../../core/catalog/sop-order';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { bookYear, sopDates } from '../../core/pdf/metadata';
import { assembleBook } from './book';
import { engineHash, sha } from './engine-hash';
import type { PdfJob } from './hash-inputs';
import { bookPath, pdfPath, type Manifest } from './manifest';
import { reuseFile } from './reuse-unchanged';

export interface BookSchedule {
  /** Tells the schedule that these SOPs are printed (their PDFs and manifest entries written). */
  printed(jobs: readonly PdfJob[]): void;
  /** Starts the books not started yet and waits for all; rethrows a book's failure. */
  finish(): Promise<void>;
  readonly counts: { books: number; booksRebuilt: number; bookMs: number };
}

export interface BookScheduleInput {
  catalog: Catalog;
  jobs: readonly PdfJob[];
  todo: readonly PdfJob[];
  /** The new manifest: book entries are added to it. */
  manifest: Manifest;
  previous: Manifest | undefined;
  distDir: string;
  previousDir: string;
  producer: string;
}

const loadPdf = (file: string) => PDFDocument.load(readFileSync(file), { updateMetadata: false, parseSpeed: Infinity });

/** The unchanged SOP PDFs of the books that will be reassembled, parsed one per event-loop turn. */
function preloadUnchanged(input: BookScheduleInput): Map<string, Promise<PDFDocument>> {
  const { jobs, todo, manifest, distDir } = input;
  const dirty = new Set(todo.map((j) => j.src.data.instansi));
  const preloaded = new Map<string, Promise<PDFDocument>>();
  let chain: Promise<unknown> = Promise.resolve();
  for (const j of jobs) {
    if (j.src.data.status !== 'berlaku' || !dirty.has(j.src.data.instansi) || !manifest.sop[j.src.id]) continue;
    const file = pdfPath(distDir, j.src.id);
    const p = chain.then(() => new Promise((ok) => setImmediate(ok))).then(() => loadPdf(file));
    p.catch(() => {});
    preloaded.set(j.src.id, p);
    chain = p.catch(() => {});
  }
  return preloaded;
}

export function scheduleBooks(input: BookScheduleInput): BookSchedule {
  const { catalog, jobs, todo, manifest, previous, distDir, previousDir, producer } = input;
  const preloaded = preloadUnchanged(input);
  const counts = { books: 0, booksRebuilt: 0, bookMs: 0 };

  const buildBook = async (agencyId: string): Promise<void> => {
    const agency = catalog.agencies.get(agencyId)!.data;
    const members = jobs
      .filter((j) => j.src.data.instansi === agencyId && j.src.data.status === 'berlaku')
      .sort((x, y) => compareSops(x.src, y.src));
    if (!members.length) return;
    counts.books++;
    const hash = sha(canonicalInputs({ engine: engineHash(), agency: stableJson(agency), sop: members.map((m) => `${m.src.id}:${manifest.sop[m.src.id]!.hash}`).join('\n') }));
    const old = previous?.buku[agencyId];
    const file = bookPath(distDir, agencyId);
    if (old && old.hash === hash && existsSync(bookPath(previousDir, agencyId))) {
      reuseFile(bookPath(previousDir, agencyId), file);
      manifest.buku[agencyId] = old;
      return;
    }
    const t0 = performance.now();
    const dates = members.map((m) => sopDates(m.src.data));
    const created = dates.map((d) => d.created).sort()[0]!;
    const modified = dates.map((d) => d.modified).sort().at(-1)!;
    const book = await assembleBook({
      agencyId,
      agency,
      year: bookYear(members.map((m) => m.src.data)),
      sops: members.map((m) => ({
        id: m.src.id,
        nomor: m.src.data.nomor,
        judul: m.src.data.judul,
        bidang: m.src.data.bidang,
        load: () => preloaded.get(m.src.id) ?? loadPdf(pdfPath(distDir, m.src.id)),
      })),
      created: new Date(`${created}T00:00:00Z`),
      modified: new Date(`${modified}T00:00:00Z`),
      producer,
    });
    writeFileSync(file, book.bytes);
    manifest.buku[agencyId] = { hash, pages: book.pages, sop: members.map((m) => m.src.id) };
    counts.booksRebuilt++;
    counts.bookMs += performance.now() - t0;
  };

  const agencyIds = [...catalog.agencies.keys()].sort();
  const started = new Set<string>();
  let bookChain: Promise<void> = Promise.resolve();
  const startBook = (agencyId: string) => {
    if (started.has(agencyId)) return;
    started.add(agencyId);
    bookChain = bookChain.then(() => buildBook(agencyId));
    // Rethrown where awaited, after printing; not unhandled meanwhile.
    bookChain.catch(() => {});
  };
  // SOPs still to print per agency; the books of agencies with none start now.
  const pendingOf = new Map<string, number>();
  for (const j of todo) pendingOf.set(j.src.data.instansi, (pendingOf.get(j.src.data.instansi) ?? 0) + 1);
  for (const agencyId of agencyIds) if (!pendingOf.get(agencyId)) startBook(agencyId);

  return {
    counts,
    printed(printedJobs) {
      for (const j of printedJobs) {
        const left = pendingOf.get(j.src.data.instansi)! - 1;
        pendingOf.set(j.src.data.instansi, left);
        if (left === 0) startBook(j.src.data.instansi);
      }
    },
    async finish() {
      for (const agencyId of agencyIds) startBook(agencyId);
      await bookChain;
    },
  };
}
