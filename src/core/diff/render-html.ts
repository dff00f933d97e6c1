/**
 * A list of changes (changes.ts) as HTML in Indonesian, for the editor's reviewer view and the
 * SOP history. Accessible: every insertion and deletion is an <ins>/<del> with a visible sign
 * (+ / −) and, for screen readers, the words "ditambah"/"dihapus"; every added, removed, moved
 * or changed item carries a visible word; a one-sentence summary comes first. Colour only
 * repeats what the text says (styles: src/styles/sop-diff.css). Every value is escaped.
 */
import { escapeHtml } from '../html/escape';
import type { SopChange, StepCell, StepCellChange, WordPart } from './changes';
import { changeSummary } from './summary';

export interface ChangesHtmlOptions {
  /** The section's heading, e.g. "Perubahan dibanding versi terbit". */
  title: string;
  /** The section's id (and its heading's id + "-judul"). */
  id: string;
  /** Level of the section's heading (default 2); its parts are one level below. */
  level?: 2 | 3;
}

/** A run of unchanged words longer than this is shortened to its ends ("…"). */
const LONG_RUN = 24;
const KEEP = 10;

export function insHtml(text: string): string {
  return `<ins class="sop-diff__ins"><span class="sop-diff__sign" aria-hidden="true">+</span><span class="visually-hidden">ditambah: </span>${escapeHtml(text)}</ins>`;
}

export function delHtml(text: string): string {
  return `<del class="sop-diff__del"><span class="sop-diff__sign" aria-hidden="true">−</span><span class="visually-hidden">dihapus: </span>${escapeHtml(text)}</del>`;
}

/** Unchanged text, shortened in the middle (or at the open end) when long. */
function sameHtml(text: string, first: boolean, last: boolean): string {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= LONG_RUN) return escapeHtml(text);
  const head = text.slice(0, words[KEEP - 1]!.index! + words[KEEP - 1]![0].length);
  const tail = text.slice(words[words.length - KEEP]!.index!);
  if (first) return `… ${escapeHtml(tail)}`;
  if (last) return `${escapeHtml(head)} …`;
  return `${escapeHtml(head)} … ${escapeHtml(tail)}`;
}

export function wordsHtml(parts: readonly WordPart[]): string {
  return parts
    .map((p, i) => (p.op === 'added' ? insHtml(p.text) : p.op === 'removed' ? delHtml(p.text) : sameHtml(p.text, i === 0, i === parts.length - 1)))
    .join('');
}

const BADGES = {
  added: 'Ditambah',
  removed: 'Dihapus',
  moved: 'Dipindah',
  changed: 'Diubah',
  renamed: 'Diganti nama',
  order: 'Urutan diubah',
} as const;

function badge(kind: keyof typeof BADGES): string {
  return `<span class="sop-diff__badge sop-diff__badge--${kind}">${BADGES[kind]}</span>`;
}

function cellsHtml(cells: readonly StepCell[]): string {
  return cells.length ? `<dl class="sop-diff__cells">${cells.map((c) => `<dt>${escapeHtml(c.label)}</dt><dd>${escapeHtml(c.text)}</dd>`).join('')}</dl>` : '';
}

function cellChangesHtml(cells: readonly StepCellChange[]): string {
  return cells.length ? `<dl class="sop-diff__cells">${cells.map((c) => `<dt>${escapeHtml(c.label)}</dt><dd>${wordsHtml(c.words)}</dd>`).join('')}</dl>` : '';
}

const renumbered = (before: number, after: number) => (before === after ? '' : ` (sebelumnya langkah ${before})`);

function identityHtml(changes: readonly SopChange[], h: string): string {
  const rows = changes.flatMap((c) => {
    if (c.kind === 'field') {
      const note = c.after === '' ? ' (dikosongkan)' : c.before === '' ? ' (sebelumnya kosong)' : '';
      return [`<dt>${escapeHtml(c.label)}</dt><dd>${wordsHtml(c.words)}${note}</dd>`];
    }
    if (c.kind === 'field-items') {
      const items = [...c.removed.map((t) => `<li>${delHtml(t)}</li>`), ...c.added.map((t) => `<li>${insHtml(t)}</li>`)];
      return [`<dt>${escapeHtml(c.label)}</dt><dd><ul>${items.join('')}</ul></dd>`];
    }
    return [];
  });
  return rows.length ? `<${h}>Identitas</${h}><dl class="sop-diff__fields">${rows.join('')}</dl>` : '';
}

function actorsHtml(changes: readonly SopChange[], h: string): string {
  const items = changes.flatMap((c) => {
    if (c.kind === 'actor-added') return [`<li>${badge('added')} ${escapeHtml(c.label)}</li>`];
    if (c.kind === 'actor-removed') return [`<li>${badge('removed')} ${escapeHtml(c.label)}</li>`];
    if (c.kind === 'actor-renamed') return [`<li>${badge('renamed')} ${wordsHtml(c.words)}</li>`];
    if (c.kind === 'actor-order') {
      return [`<li>${badge('order')} dari kiri: sebelumnya ${escapeHtml(c.before.join(', '))}; kini ${escapeHtml(c.after.join(', '))}</li>`];
    }
    return [];
  });
  return items.length ? `<${h}>Pelaksana</${h}><ul class="sop-diff__items">${items.join('')}</ul>` : '';
}

function stepsHtml(changes: readonly SopChange[], h: string): string {
  const items = changes.flatMap((c) => {
    if (c.kind === 'step-added') {
      return [`<li data-diff="step-added"><p>${badge('added')} <strong>Langkah ${c.after}</strong>: ${escapeHtml(c.kegiatan)}</p>${cellsHtml(c.cells)}</li>`];
    }
    if (c.kind === 'step-removed') {
      return [`<li data-diff="step-removed"><p>${badge('removed')} <strong>Langkah ${c.before} lama</strong>: ${escapeHtml(c.kegiatan)}</p>${cellsHtml(c.cells)}</li>`];
    }
    if (c.kind === 'step-moved') {
      const place = c.follows === 0 ? 'kini langkah pertama' : `kini sesudah langkah ${c.follows}`;
      return [`<li data-diff="step-moved"><p>${badge('moved')} <strong>Langkah ${c.after}</strong>${renumbered(c.before, c.after)}: ${escapeHtml(c.kegiatan)}; ${place}.</p>${cellChangesHtml(c.cells)}</li>`];
    }
    if (c.kind === 'step-changed') {
      return [`<li data-diff="step-changed"><p>${badge('changed')} <strong>Langkah ${c.after}</strong>${renumbered(c.before, c.after)}: ${escapeHtml(c.kegiatan)}</p>${cellChangesHtml(c.cells)}</li>`];
    }
    return [];
  });
  return items.length ? `<${h}>Langkah</${h}><ul class="sop-diff__items">${items.join('')}</ul>` : '';
}

function totalHtml(changes: readonly SopChange[], h: string): string {
  const t = changes.find((c) => c.kind === 'total');
  return t ? `<${h}>Total waktu</${h}><p data-diff="total">Sebelumnya ${delHtml(t.before)}, kini ${insHtml(t.after)}.</p>` : '';
}

function narrativeHtml(changes: readonly SopChange[], h: string): string {
  const items = changes.flatMap((c) => {
    if (c.kind !== 'narrative') return [];
    const heading = c.heading === '' ? 'Pembuka narasi' : c.heading;
    const was = c.headingBefore !== undefined ? ` (judul sebelumnya: ${escapeHtml(c.headingBefore || 'Pembuka narasi')})` : '';
    const text = c.words.length ? `<p class="sop-diff__text">${wordsHtml(c.words)}</p>` : '';
    return [`<li>${badge(c.change)} <strong>${escapeHtml(heading)}</strong>${was}${text}</li>`];
  });
  return items.length ? `<${h}>Narasi</${h}><ul class="sop-diff__items">${items.join('')}</ul>` : '';
}

export function changesHtml(changes: readonly SopChange[], options: ChangesHtmlOptions): string {
  const id = escapeHtml(options.id);
  const level = options.level ?? 2;
  const h = `h${level + 1}`;
  const head = `<section class="sop-diff" id="${id}" aria-labelledby="${id}-judul" data-sop-diff><h${level} id="${id}-judul">${escapeHtml(options.title)}</h${level}>
<p class="sop-diff__summary" data-diff-summary>${escapeHtml(changeSummary(changes))}</p>`;
  if (changes.length === 0) return `${head}</section>`;
  const legend = `<p class="sop-diff__legend">Tanda: ${insHtml('teks yang ditambah')} ${delHtml('teks yang dihapus')}</p>`;
  return `${head}
${legend}
${identityHtml(changes, h)}${actorsHtml(changes, h)}${stepsHtml(changes, h)}${totalHtml(changes, h)}${narrativeHtml(changes, h)}</section>`;
}
