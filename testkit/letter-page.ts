/**
 * Driving a letter form page in Chromium for tests and benchmarks: fill values the way a user's
 * typing would arrive (value set, `input` event fired), read the preview, print to PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { LetterTemplateMeta } from '../src/core/letters/field-types';
import type { LetterValues } from '../src/core/letters/form-values';
import { TEST_OUT } from './paths';
import type { SiteSession } from './browser';

export const LETTERS_OUT = resolve(TEST_OUT, 'letters');

/**
 * tsx/esbuild (keepNames) wraps named functions in `__name(...)`; functions we pass to
 * page.evaluate then need that helper inside the page. Test tooling only, not the page's code.
 */
export async function allowEvaluatedHelpers(page: Page): Promise<void> {
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
}

export async function openLetter(page: Page, url: string): Promise<void> {
  await allowEvaluatedHelpers(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-surat-siap]', { timeout: 10_000 });
}

/** Meta of the page's template, as the page itself knows it (from its own bundle). */
export async function pageTemplateId(page: Page): Promise<string> {
  return page.$eval('#formulir-surat', (f) => JSON.parse((f as HTMLElement).dataset.surat!).template as string);
}

/**
 * Puts the values in the form: repeating groups get the right number of items through their
 * add/remove buttons, every control gets its value and an `input` event (as typing would).
 */
export async function fillForm(page: Page, meta: LetterTemplateMeta, values: LetterValues): Promise<void> {
  await page.evaluate(
    (fields, values) => {
      const fire = (el: HTMLElement) => {
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      for (const field of fields) {
        const value = values[field.name];
        if (field.type === 'group') {
          const items = (value ?? []) as Record<string, string>[];
          const fieldset = document.querySelector<HTMLElement>(`[data-kelompok="${field.name}"]`)!;
          const list = () => fieldset.querySelectorAll<HTMLElement>(':scope > .kelompok__daftar > .kelompok__item');
          while (list().length > items.length) list()[list().length - 1]!.querySelector<HTMLButtonElement>('[data-aksi="hapus-item"]')!.click();
          while (list().length < items.length) fieldset.querySelector<HTMLButtonElement>(':scope > [data-aksi="tambah-item"]')!.click();
          items.forEach((item, i) => {
            for (const [sub, v] of Object.entries(item)) {
              const el = document.getElementById(`isian-${field.name}-${i}-${sub}`) as HTMLInputElement;
              el.value = v;
              fire(el);
            }
          });
        } else {
          const el = document.getElementById(`isian-${field.name}`) as HTMLInputElement;
          el.value = value as string;
          fire(el);
        }
      }
    },
    meta.fields.map((f) => ({ name: f.name, type: f.type })),
    values as Record<string, unknown>,
  );
}

export async function previewText(page: Page): Promise<string> {
  return page.$eval('#surat', (el) => (el as HTMLElement).innerText);
}

export interface PrintedLetter {
  pdf: string;
  pages: number;
  /** Page size in mm, rounded. */
  widthMm: number;
  heightMm: number;
  text: string;
}

/** Prints the page as the browser's print would (print media, CSS page size) and reads the PDF back. */
export async function printLetter(page: Page, name: string): Promise<PrintedLetter> {
  mkdirSync(LETTERS_OUT, { recursive: true });
  const pdf = resolve(LETTERS_OUT, `${name}.pdf`);
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(pdf, bytes);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  const toMm = (pt: string) => Math.round((Number(pt) * 25.4) / 72);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pdf, pages, widthMm: toMm(size[1]!), heightMm: toMm(size[2]!), text };
}

/** PNG of each page of a printed letter (60 dpi), for people to look at. Returns the first one. */
export function letterPng(pdf: string, name: string, dpi = 60): string {
  const prefix = resolve(LETTERS_OUT, name);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  return `${prefix}-1.png`;
}

/** The built site the letter tests read: the shared publish output, or LETTERS_SITE_DIST while iterating. */
export function lettersSiteDist(fallback: string): string {
  return process.env.LETTERS_SITE_DIST || fallback;
}

/** Words of a text, for comparing the preview with the printed PDF regardless of line breaks. */
export function words(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort();
}

/** Collapses whitespace (PDF text wraps lines where the page does). */
export function flat(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Makes window.print() count instead of opening a dialog, and records calls to __xss() (the
 * function every XSS payload tries to call). Must run before the page loads.
 */
export async function instrumentPage(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(`
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
    window.__xssHits = [];
    window.__xss = (n) => { window.__xssHits.push(n); };
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  `);
}

export interface OpenedForm {
  page: Page;
  /** Every request made after the page had loaded ("METHOD url"). */
  requests: string[];
  /** Types of the dialogs the page opened (each dismissed). */
  dialogs: string[];
}

/** A fresh tab on a letter form, instrumented, recording dialogs and every request made after load (the tab's icon apart). */
export async function openLetterForm(site: SiteSession, id: string, query = '', width = 1280): Promise<OpenedForm> {
  const page = await site.newPage(width, 900);
  await instrumentPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  await openLetter(page, site.url(`/surat/${id}/${query}`));
  const requests: string[] = [];
  // Chromium fetches the tab's icon (Base.astro's <link rel="icon">) itself, at a moment of its
  // choosing after load, also after a reload: not a request of the page or its script.
  const icon = site.url('/favicon.svg');
  page.on('request', (r: HTTPRequest) => {
    if (r.url() !== icon) requests.push(`${r.method()} ${r.url()}`);
  });
  return { page, requests, dialogs };
}

/**
 * Waits until what the last actions started has happened: the tasks they queued in the page have
 * run (a task posted now runs after them) and no request is in flight. A request the actions
 * caused has been sent, and recorded, by then.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(null);
      }),
  );
  await page.waitForNetworkIdle({ idleTime: 0, timeout: 10_000 });
}
