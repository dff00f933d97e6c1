/**
 * Browser side of the SOP search (see Search.astro beside it): runs Pagefind as the reader
 * types or submits, applies the filters, lists the results and announces their number through
 * the status region, and explains acronyms found in the query. The query and filters are kept in
 * the address (?q=...&instansi=...) so a search can be shared and reloaded.
 */
import { spellings } from '../../core/glossary/acronyms';
import { acronymsInQuery } from '../../core/glossary/match';
import { hitCountText, isRealHit, searchKinds, searchQuery, searchTerms } from '../../core/site/search-terms';

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;
const TYPING_DELAY_MS = 250;

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init?.();
    return pf;
  });
  return pagefind;
}

/** Keeps only Pagefind's <mark> highlighting from an excerpt; everything else as text. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, '')));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function decodeEntities(text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  li.append(heading);
  const details = [data.meta.jenis, data.meta.nomor, data.meta.instansi, data.meta.status].filter(Boolean).join(' · ');
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = details;
    li.append(meta);
  }
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(excerpt);
  }
  return li;
}

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const acronymList = root.querySelector<HTMLElement>('[data-search-acronyms]')!;
  const kinds = searchKinds(root.dataset.searchServices === 'true');
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const chosenFilters = (): Record<string, string> =>
    Object.fromEntries(selects.filter((s) => s.value !== '').map((s) => [s.dataset.searchFilter!, s.value]));

  function keepInAddress(query: string, filters: Record<string, string>): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [k, v] of Object.entries(filters)) params.set(k, v);
    const qs = params.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  function showAcronyms(query: string): void {
    const found = query ? acronymsInQuery(query) : [];
    acronymList.replaceChildren();
    for (const a of found) {
      const term = document.createElement('dt');
      term.textContent = spellings(a).join(' / ');
      const meaning = document.createElement('dd');
      meaning.textContent = a.meaning;
      acronymList.append(term, meaning);
    }
    acronymList.hidden = found.length === 0;
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const filters = chosenFilters();
    keepInAddress(query, filters);
    showAcronyms(query);
    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      list.hidden = true;
      return;
    }
    // Single letters and stray fragments are not searched for (see core/site/search-terms.ts).
    const terms = searchTerms(query);
    if (query && terms.length === 0 && Object.keys(filters).length === 0) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = `Kata “${query}” terlalu pendek untuk dicari. Ketik sedikitnya dua huruf, misalnya pemulangan, eks napi atau trafficking.`;
      return;
    }
    status.textContent = 'Mencari…';
    try {
      const pf = await loadPagefind();
      const found = await pf.search(searchQuery(query) || null, { filters });
      if (ticket !== latest || !found) return;
      // Every hit is read to drop Pagefind's fragment matches ("x" for "xyzzy"); SOP sites are small.
      const all = await Promise.all(found.results.map((r) => r.data()));
      if (ticket !== latest) return;
      const real = all.filter((d) => isRealHit(d.content, d.locations, terms));
      const data = real.slice(0, MAX_RESULTS);
      list.replaceChildren(...data.map(resultItem));
      list.hidden = data.length === 0;
      const about = query ? ` untuk “${query}”` : '';
      const filtered = Object.keys(filters).length ? ' (dengan saringan)' : '';
      const total = real.length;
      status.textContent =
        total === 0
          ? `Tidak ada ${kinds.any} yang cocok${about}${filtered}: ${query ? `kata itu tidak ditemukan di ${kinds.any} mana pun` : 'tidak ditemukan'}. ` +
            `Saran: periksa ejaannya, coba kata lain atau singkatan yang dikenal (misalnya pemulangan, eks napi, BWBLP atau trafficking)` +
            (filtered ? ', atau hapus saringan.' : '.')
          : `${hitCountText(real.map((d) => d.url))} ditemukan${about}${filtered}` +
            (total > MAX_RESULTS ? `; ${MAX_RESULTS} teratas ditampilkan.` : '.');
    } catch {
      if (ticket !== latest) return;
      list.hidden = true;
      status.textContent = `Pencarian tidak dapat dimuat. Muat ulang halaman, atau buka ${kinds.any} dari daftar di bawah.`;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_DELAY_MS);
  });
  for (const select of selects) select.addEventListener('change', () => void run());

  // A search in the address (shared link, reload, or the form submitted before this script ran).
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const wanted = params.get(select.dataset.searchFilter!);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  if (input.value || selects.some((s) => s.value)) {
    if (selects.some((s) => s.value)) root.querySelector('details')?.setAttribute('open', '');
    void run();
  }
  root.dataset.searchReady = 'true';
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
