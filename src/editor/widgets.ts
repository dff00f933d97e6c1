/**
 * The SOP form's widgets for Decap CMS. Every field of the SOP is one of these (fields.ts says
 * which), so each can show, at the field and as the author types, the messages the core checker
 * gives for its path, and block saving on errors (Decap's `isValid`). Warnings show and do not
 * block. Lists of objects (actors, steps, revisions) are edited inside one widget so the widget
 * knows each item's path.
 */
import React from 'react';
import { fromJS } from 'immutable';
import type { CheckIssue } from '../core/checks/issue';
import { issuesAt } from '../core/editor/check-entry';
import { fieldLabel, type FieldList } from '../core/editor/fields';
import { deleteStep, insertStep, moveStep } from '../core/editor/step-ops';
import { parseWaktu } from '../core/waktu/parse';
import { formatRange, styleForUnit } from '../core/waktu/format';
import { FIELDS_OF_KIND, getSnapshot, liveEntry, notifyChange, onFieldRequest, subscribe, type Immutableish, type LiveEntry } from './entry-state';

const h = React.createElement;
type Node = React.ReactNode;

export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  field: Immutableish;
  forID: string;
  classNameWrapper: string;
  getEntry?: () => Immutableish;
  collection?: Immutableish;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

export function plain(v: unknown): unknown {
  return v && typeof (v as Immutableish).toJS === 'function' ? (v as Immutableish).toJS() : v;
}

/** Issues no widget claims (whole-file problems): shown at the form's first field (Nomor SOP for an SOP). */
function orphanIssues(issues: readonly CheckIssue[], leafPaths: readonly string[]): CheckIssue[] {
  return issues.filter((i) => !leafPaths.some((p) => issuesAt([i], p).length > 0) && !i.path.startsWith('body') && i.path !== 'narasi');
}

/** Messages at a field; `id` is referenced by aria-describedby. */
export function Messages(props: { id: string; issues: readonly CheckIssue[]; notes?: readonly string[] }): Node {
  const { issues, notes = [] } = props;
  if (!issues.length && !notes.length) return null;
  return h(
    'ul',
    { className: 'sop-msgs', id: props.id },
    ...issues.map((i, n) =>
      h(
        'li',
        { key: `i${n}`, className: `sop-msg sop-msg--${i.severity}`, 'data-severity': i.severity, 'data-path': i.path },
        h('strong', null, i.severity === 'error' ? 'Kesalahan: ' : 'Peringatan: '),
        i.message,
        ' ',
        h('span', { className: 'sop-msg__fix' }, `Perbaiki: ${i.fix}`),
      ),
    ),
    ...notes.map((t, n) => h('li', { key: `n${n}`, className: 'sop-msg sop-msg--note' }, t)),
  );
}

export abstract class SopControl<S = object> extends React.Component<WidgetProps, S> {
  private unsub?: () => void;
  private unrequest?: () => void;
  componentDidMount(): void {
    this.unsub = subscribe(() => this.forceUpdate());
    this.unrequest = onFieldRequest((path, value) => (path === this.path ? (this.change(value), true) : false));
  }
  componentWillUnmount(): void {
    this.unsub?.();
    this.unrequest?.();
  }
  get path(): string {
    return String(this.props.field.get('sop_path') ?? this.props.field.get('name'));
  }
  live(): LiveEntry {
    return liveEntry(this.props.getEntry?.(), this.props.collection);
  }
  myIssues(): CheckIssue[] {
    const l = this.live();
    const mine = issuesAt(l.issues, this.path);
    return this.path === l.leafPaths[0] ? [...orphanIssues(l.issues, l.leafPaths), ...mine] : mine;
  }
  extraErrors(): string[] {
    return [];
  }
  /**
   * Decap calls this on every field when Simpan (or Terbitkan) is pressed; an error blocks the
   * save. Decap 3.16 tells the author why only for errors of type PRESENCE (its "required"
   * check: toast ui.toast.missingRequiredField, "Masih ada kesalahan pada isian yang ditandai
   * merah"); any other type blocks silently. So the checker's errors are reported as that type.
   * The message is left empty: the widget already shows each message at its field, and Decap
   * would repeat it above the field.
   */
  isValid = (): true | { error: { type: 'PRESENCE'; message: string } } => {
    const blocked = this.myIssues().some((i) => i.severity === 'error') || this.extraErrors().length > 0;
    return blocked ? { error: { type: 'PRESENCE', message: '' } } : true;
  };
  change(value: unknown): void {
    this.props.onChange(value);
    notifyChange();
  }
  describedBy(): string {
    return `${this.props.forID}-pesan`;
  }
  inputProps(issues: readonly CheckIssue[]): Record<string, unknown> {
    const hasError = issues.some((i) => i.severity === 'error');
    return {
      id: this.props.forID,
      'aria-invalid': hasError ? 'true' : undefined,
      'aria-describedby': issues.length ? this.describedBy() : undefined,
      onFocus: this.props.setActiveStyle,
      onBlur: this.props.setInactiveStyle,
      'data-sop-path': this.path,
    };
  }
  abstract control(issues: CheckIssue[]): Node;
  notes(): string[] {
    return [];
  }
  render(): Node {
    const issues = this.myIssues();
    return h(
      'div',
      { className: `${this.props.classNameWrapper} sop-widget`, 'data-widget-path': this.path },
      this.control(issues),
      h(Messages, { id: this.describedBy(), issues, notes: this.notes() }),
    );
  }
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(plain(v)));

export class TextControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    return h('input', {
      ...this.inputProps(issues),
      type: 'text',
      className: 'sop-input',
      value: str(this.props.value),
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.change(e.target.value),
    });
  }
}

/** NIP: 18 digits (spaces allowed) or a placeholder; says how many digits were typed. */
export function nipFeedback(value: string): string | null {
  if (value.trim() === '' || /^\[ISI:/.test(value.trim())) return null;
  const digits = value.replace(/\D/g, '').length;
  if (digits === 18) return 'NIP berisi 18 digit.';
  return `NIP berisi ${digits} digit; harus 18 digit.`;
}

export class NipControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    const v = str(this.props.value);
    const fb = nipFeedback(v);
    return h(
      React.Fragment,
      null,
      h('input', {
        ...this.inputProps(issues),
        type: 'text',
        inputMode: 'numeric',
        className: 'sop-input',
        value: v,
        'aria-describedby': `${this.props.forID}-nip ${issues.length ? this.describedBy() : ''}`.trim(),
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.change(e.target.value),
      }),
      h('p', { id: `${this.props.forID}-nip`, className: `sop-live ${fb && !fb.startsWith('NIP berisi 18') ? 'sop-live--bad' : ''}`, 'aria-live': 'polite', 'data-nip-feedback': '' }, fb ?? ''),
    );
  }
}

export class DateControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    const v = str(this.props.value);
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '';
    return h(
      'div',
      { className: 'sop-date' },
      h('input', {
        ...this.inputProps(issues),
        type: 'text',
        className: 'sop-input sop-input--date',
        placeholder: 'TTTT-BB-HH',
        value: v,
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.change(e.target.value),
      }),
      h('input', {
        type: 'date',
        className: 'sop-input sop-input--picker',
        'aria-label': `${this.props.field.get('label') ?? 'Tanggal'}: pilih dari kalender`,
        value: iso,
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => e.target.value && this.change(e.target.value),
      }),
    );
  }
}

export class ChoiceControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    const options = (plain(this.props.field.get('options')) as string[] | undefined) ?? [];
    const v = str(this.props.value);
    return h(
      'select',
      {
        ...this.inputProps(issues),
        className: 'sop-input',
        value: v,
        onChange: (e: React.ChangeEvent<HTMLSelectElement>) => this.change(e.target.value === '' ? undefined : e.target.value),
      },
      // An empty choice of an SOP's print settings takes the agency's; elsewhere it is simply not filled in.
      ...options.map((o) => h('option', { key: o, value: o }, o === '' ? (this.live().kind === 'sop' ? '(bawaan instansi)' : '(tidak diisi)') : o)),
    );
  }
}

export class CheckControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    return h('input', {
      ...this.inputProps(issues),
      type: 'checkbox',
      className: 'sop-check',
      checked: plain(this.props.value) === true,
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.change(e.target.checked),
    });
  }
}

/** A list of short texts, one per line. */
export class LinesControl extends SopControl<{ text: string | null }> {
  state = { text: null as string | null };
  control(issues: CheckIssue[]): Node {
    const items = (plain(this.props.value) as unknown[] | undefined) ?? [];
    const text = this.state.text ?? items.map(String).join('\n');
    return h('textarea', {
      ...this.inputProps(issues),
      className: 'sop-input sop-textarea',
      rows: Math.max(3, items.length + 1),
      value: text,
      onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => {
        const t = e.target.value;
        this.setState({ text: t });
        this.change(fromJS(t.split('\n').map((l) => l.trim()).filter((l) => l !== '')));
      },
    });
  }
}

export class AgencyControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    const v = str(this.props.value);
    const agencies = getSnapshot().agencies;
    return h(
      'select',
      {
        ...this.inputProps(issues),
        className: 'sop-input',
        value: v,
        onChange: (e: React.ChangeEvent<HTMLSelectElement>) => this.change(e.target.value),
      },
      ...(agencies.some((a) => a.id === v) ? [] : [h('option', { key: '_', value: v }, v || '(pilih instansi)')]),
      ...agencies.map((a) => h('option', { key: a.id, value: a.id }, `${a.nama} (${a.id})`)),
    );
  }
}

/** Dasar hukum: the chosen regulations in order, and a searchable list to add from. */
export class RegulationsControl extends SopControl<{ q: string }> {
  state = { q: '' };
  control(issues: CheckIssue[]): Node {
    const chosen = ((plain(this.props.value) as string[] | undefined) ?? []).map(String);
    const all = getSnapshot().regulations;
    const q = this.state.q.toLowerCase();
    const hits = all.filter((r) => !chosen.includes(r.id) && (q === '' || `${r.id} ${r.judul}`.toLowerCase().includes(q)));
    const set = (ids: string[]) => this.change(fromJS(ids));
    return h(
      'div',
      { className: 'sop-picker', 'data-picker': 'dasar-hukum' },
      h(
        'ol',
        { className: 'sop-picker__chosen', 'aria-label': 'Dasar hukum terpilih' },
        ...chosen.map((id, i) =>
          h(
            'li',
            { key: id },
            h('span', null, all.find((r) => r.id === id)?.judul ?? id),
            h('button', { type: 'button', className: 'sop-btn', 'aria-label': `Hapus ${id}`, onClick: () => set(chosen.filter((_, j) => j !== i)) }, 'Hapus'),
          ),
        ),
      ),
      h('input', {
        ...this.inputProps(issues),
        type: 'search',
        className: 'sop-input',
        placeholder: 'Cari peraturan (nomor, tahun, tentang)...',
        value: this.state.q,
        onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.setState({ q: e.target.value }),
      }),
      h(
        'ul',
        { className: 'sop-picker__hits', 'aria-label': 'Peraturan yang dapat ditambahkan' },
        ...hits.slice(0, 12).map((r) =>
          h('li', { key: r.id }, h('button', { type: 'button', className: 'sop-btn sop-btn--add', 'data-add-regulation': r.id, onClick: () => set([...chosen, r.id]) }, `Tambah: ${r.judul}`)),
        ),
      ),
    );
  }
}

type Relation = string | { sop: string; catatan?: string };

export class RelationsControl extends SopControl {
  control(issues: CheckIssue[]): Node {
    const items = ((plain(this.props.value) as Relation[] | undefined) ?? []).slice();
    const own = this.live().id;
    const sops = getSnapshot().sops.filter((s) => s.id !== own);
    const set = (next: Relation[]) => this.change(fromJS(next));
    return h(
      'div',
      { className: 'sop-picker', 'data-picker': 'keterkaitan', id: this.props.forID, 'data-sop-path': this.path },
      h(
        'ol',
        { className: 'sop-picker__chosen' },
        ...items.map((rel, i) =>
          h(
            'li',
            { key: i },
            typeof rel === 'string'
              ? h('input', { type: 'text', className: 'sop-input', 'aria-label': `Keterkaitan ${i + 1} (teks)`, value: rel, onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(items.map((x, j) => (j === i ? e.target.value : x))) })
              : h(
                  'select',
                  { className: 'sop-input', 'aria-label': `Keterkaitan ${i + 1} (SOP)`, value: rel.sop, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => set(items.map((x, j) => (j === i ? { ...rel, sop: e.target.value } : x))) },
                  ...(sops.some((s) => s.id === rel.sop) ? [] : [h('option', { key: '_', value: rel.sop }, rel.sop || '(pilih SOP)')]),
                  ...sops.map((s) => h('option', { key: s.id, value: s.id }, `${s.judul} (${s.nomor})`)),
                ),
            h('button', { type: 'button', className: 'sop-btn', onClick: () => set(items.filter((_, j) => j !== i)) }, 'Hapus'),
          ),
        ),
      ),
      h('button', { type: 'button', className: 'sop-btn sop-btn--add', onClick: () => set([...items, { sop: sops[0]?.id ?? '' }]) }, 'Tambah SOP terkait'),
      h('button', { type: 'button', className: 'sop-btn sop-btn--add', onClick: () => set([...items, '']) }, 'Tambah teks'),
      issues.length ? null : null,
    );
  }
}

/** A list of small objects (pelaksana, riwayat revisi): one row per item, columns from fields.ts. */
export class TableControl extends SopControl {
  fields(): FieldList {
    return FIELDS_OF_KIND[this.live().kind];
  }
  columns(): string[] {
    const prefix = `${this.path}[].`;
    return Object.keys(this.fields()).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  }
  control(): Node {
    const rows = ((plain(this.props.value) as Record<string, unknown>[] | undefined) ?? []).slice();
    const cols = this.columns();
    const set = (next: Record<string, unknown>[]) => this.change(fromJS(next));
    const issues = this.live().issues;
    return h(
      'div',
      { className: 'sop-table', id: this.props.forID, 'data-sop-path': this.path },
      ...rows.map((row, i) =>
        h(
          'fieldset',
          { key: i, className: 'sop-table__row', 'data-row': i },
          h('legend', null, `${this.fields()[this.path]!.label.split(' (')[0]} ${i + 1}`),
          ...cols.map((c) => {
            const id = `${this.props.forID}-${i}-${c}`;
            const at = issuesAt(issues, `${this.path}[${i}].${c}`);
            return h(
              'div',
              { key: c, className: 'sop-sub' },
              h('label', { htmlFor: id }, fieldLabel(`${this.path}[].${c}`, this.fields())),
              h('input', {
                id,
                type: 'text',
                className: 'sop-input',
                'data-sop-path': `${this.path}[${i}].${c}`,
                'aria-invalid': at.some((x) => x.severity === 'error') ? 'true' : undefined,
                value: str(row[c]),
                onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(rows.map((r, j) => (j === i ? { ...r, [c]: e.target.value } : r))),
              }),
            );
          }),
          h('div', { className: 'sop-row-actions' },
            i > 0 ? h('button', { type: 'button', className: 'sop-btn', onClick: () => { const n = rows.slice(); [n[i - 1], n[i]] = [n[i]!, n[i - 1]!]; set(n); } }, 'Naik') : null,
            h('button', { type: 'button', className: 'sop-btn', onClick: () => set(rows.filter((_, j) => j !== i)) }, 'Hapus'),
          ),
        ),
      ),
      h('button', { type: 'button', className: 'sop-btn sop-btn--add', 'data-add-row': this.path, onClick: () => set([...rows, Object.fromEntries(cols.map((c) => [c, '']))]) }, `Tambah ${this.fields()[this.path]!.label.split(' (')[0]!.toLowerCase()}`),
    );
  }
}

/** What a Waktu text was read as, or why it cannot be read. */
export function waktuReading(text: string): { ok: boolean; text: string } {
  const r = parseWaktu(text);
  if (!r.ok) return { ok: false, text: r.message };
  if (r.waktu === null) return { ok: true, text: 'Tidak dicantumkan: langkah ini tidak ikut dijumlahkan.' };
  return { ok: true, text: `Dibaca: ${formatRange(r.waktu.min, r.waktu.max, styleForUnit(r.waktu.unit))}.` };
}

/** Rows a textarea needs to show `text` whole (about 60 characters a row at the form's width). */
export function textRows(text: string, min: number): number {
  const rows = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.max(min, Math.min(rows, 12));
}

type StepValue = Record<string, unknown> & {
  kegiatan?: string;
  pelaksana?: string | string[];
  waktu?: string;
  keputusan?: { pertanyaan?: string; ya?: { label?: string; ke?: number | 'selesai' }; tidak?: { label?: string; ke?: number | 'selesai' } };
  surat?: string[];
};

const STEP_TEXTS = ['kegiatan', 'kelengkapan', 'waktu', 'output', 'keterangan'] as const;

export class StepsControl extends SopControl<{ lost: string[] }> {
  state = { lost: [] as string[] };
  notes(): string[] {
    return this.state.lost;
  }
  control(): Node {
    const steps = ((plain(this.props.value) as StepValue[] | undefined) ?? []).slice();
    const live = this.live();
    const actors = ((live.raw.pelaksana as { id?: string; label?: string }[] | undefined) ?? []).filter((a) => a && a.id);
    const letters = getSnapshot().letters ?? [];
    const issues = live.issues;
    const set = (next: StepValue[], lost: string[] = []) => {
      this.setState({ lost });
      this.change(fromJS(next));
    };
    const update = (i: number, patch: Partial<StepValue>) => set(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
    const base = this.props.forID;
    const sub = (i: number, key: string, input: (id: string, at: CheckIssue[]) => Node, extra?: Node) => {
      const id = `${base}-${i}-${key.replace(/\./g, '-')}`;
      const path = `langkah[${i}].${key}`;
      const at = issuesAt(issues, path);
      const own = key === 'keputusan' ? [] : at;
      return h(
        'div',
        { key, className: 'sop-sub', 'data-sop-path': path },
        h('label', { htmlFor: id }, fieldLabel(`langkah[].${key}`)),
        input(id, own),
        extra,
        h(Messages, { id: `${id}-pesan`, issues: own }),
      );
    };
    const attrs = (id: string, at: CheckIssue[], path: string) => ({
      id,
      'data-sop-path': path,
      'aria-invalid': at.some((x) => x.severity === 'error') ? 'true' : undefined,
      'aria-describedby': at.length ? `${id}-pesan` : undefined,
    });
    const targetSelect = (i: number, side: 'ya' | 'tidak') => {
      const k = steps[i]!.keputusan ?? {};
      const b = k[side] ?? {};
      return sub(i, `keputusan.${side}.ke`, (id, at) =>
        h(
          'select',
          {
            ...attrs(id, at, `langkah[${i}].keputusan.${side}.ke`),
            className: 'sop-input',
            value: b.ke === undefined ? '' : String(b.ke),
            onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
              const v = e.target.value;
              update(i, { keputusan: { ...k, [side]: { ...b, ke: v === 'selesai' ? 'selesai' : v === '' ? undefined : Number(v) } } });
            },
          },
          h('option', { value: '' }, '(pilih tujuan)'),
          ...steps.map((s, j) => (j === i ? null : h('option', { key: j, value: String(j + 1) }, `Langkah ${j + 1}${s.kegiatan ? `: ${String(s.kegiatan).slice(0, 40)}` : ''}`))),
          h('option', { value: 'selesai' }, 'Selesai'),
        ),
      );
    };
    return h(
      'div',
      { className: 'sop-steps', id: base, 'data-sop-path': 'langkah' },
      ...steps.map((step, i) => {
        const k = step.keputusan;
        const pel = step.pelaksana;
        const multi = Array.isArray(pel);
        return h(
          'fieldset',
          { key: i, className: 'sop-step', 'data-step': i + 1 },
          h('legend', null, `Langkah ${i + 1}`),
          h(Messages, { id: `${base}-${i}-pesan`, issues: issues.filter((x) => x.path === `langkah[${i}]`) }),
          sub(i, 'kegiatan', (id, at) => h('textarea', { ...attrs(id, at, `langkah[${i}].kegiatan`), className: 'sop-input', rows: textRows(str(step.kegiatan), 2), value: str(step.kegiatan), onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => update(i, { kegiatan: e.target.value }) })),
          sub(i, 'pelaksana', (id, at) =>
            h(
              'select',
              {
                ...attrs(id, at, `langkah[${i}].pelaksana`),
                className: 'sop-input',
                multiple: multi || undefined,
                value: multi ? (pel as string[]) : str(pel),
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) =>
                  update(i, { pelaksana: multi ? [...e.target.selectedOptions].map((o) => o.value) : e.target.value }),
              },
              ...(!multi && !actors.some((a) => a.id === pel) ? [h('option', { key: '_', value: str(pel) }, pel ? `${str(pel)} (tidak ada di daftar pelaksana)` : '(pilih pelaksana)')] : []),
              ...actors.map((a) => h('option', { key: a.id, value: a.id }, a.label || a.id)),
            ),
          ),
          ...STEP_TEXTS.filter((t) => t !== 'kegiatan').map((t) =>
            sub(
              i,
              t,
              (id, at) =>
                t === 'waktu'
                  ? h('input', { ...attrs(id, at, `langkah[${i}].${t}`), type: 'text', className: 'sop-input', value: str(step[t]), onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(i, { [t]: e.target.value }) })
                  : // A textarea: these texts may span lines ("a) ...\nb) ..."), which a one-line input would join.
                    h('textarea', { ...attrs(id, at, `langkah[${i}].${t}`), className: 'sop-input', rows: textRows(str(step[t]), 1), value: str(step[t]), onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => update(i, { [t]: e.target.value }) }),
              t === 'waktu' && str(step.waktu) !== ''
                ? (() => {
                    const r = waktuReading(str(step.waktu));
                    return h('p', { className: `sop-live ${r.ok ? '' : 'sop-live--bad'}`, 'aria-live': 'polite', 'data-waktu-reading': '' }, r.text);
                  })()
                : null,
            ),
          ),
          h(
            'div',
            { className: 'sop-sub sop-decision' },
            h('label', null,
              h('input', {
                type: 'checkbox',
                'data-decision-toggle': i + 1,
                checked: !!k,
                disabled: i === 0 || i === steps.length - 1 ? !k : undefined,
                onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
                  update(i, { keputusan: e.target.checked ? { ya: { label: 'Ya', ke: undefined }, tidak: { label: 'Tidak', ke: 'selesai' } } : undefined }),
              }),
              ' Langkah ini keputusan (dua cabang)',
            ),
            k
              ? h(
                  'div',
                  { className: 'sop-decision__body' },
                  sub(i, 'keputusan.pertanyaan', (id, at) => h('input', { ...attrs(id, at, `langkah[${i}].keputusan.pertanyaan`), type: 'text', className: 'sop-input', value: str(k.pertanyaan), onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(i, { keputusan: { ...k, pertanyaan: e.target.value } }) })),
                  sub(i, 'keputusan.ya.label', (id, at) => h('input', { ...attrs(id, at, `langkah[${i}].keputusan.ya.label`), type: 'text', className: 'sop-input', value: str(k.ya?.label), onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(i, { keputusan: { ...k, ya: { ...k.ya, label: e.target.value } } }) })),
                  targetSelect(i, 'ya'),
                  sub(i, 'keputusan.tidak.label', (id, at) => h('input', { ...attrs(id, at, `langkah[${i}].keputusan.tidak.label`), type: 'text', className: 'sop-input', value: str(k.tidak?.label), onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(i, { keputusan: { ...k, tidak: { ...k.tidak, label: e.target.value } } }) })),
                  targetSelect(i, 'tidak'),
                  h(Messages, { id: `${base}-${i}-keputusan-pesan`, issues: issues.filter((x) => x.path === `langkah[${i}].keputusan`) }),
                )
              : null,
          ),
          h(
            'fieldset',
            { className: 'sop-sub sop-letters', 'data-sop-path': `langkah[${i}].surat` },
            h('legend', null, fieldLabel('langkah[].surat')),
            ...letters.map((l) =>
              h('label', { key: l.id, className: 'sop-letter' },
                h('input', {
                  type: 'checkbox',
                  value: l.id,
                  'data-letter': l.id,
                  checked: (step.surat ?? []).includes(l.id),
                  onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
                    const cur = (step.surat ?? []).filter((x) => x !== l.id);
                    update(i, { surat: e.target.checked ? [...(step.surat ?? []), l.id] : cur });
                  },
                }),
                ` ${l.judul}`,
              ),
            ),
            h(Messages, { id: `${base}-${i}-surat-pesan`, issues: issuesAt(issues, `langkah[${i}].surat`) }),
          ),
          h(
            'div',
            { className: 'sop-row-actions' },
            h('button', { type: 'button', className: 'sop-btn', 'data-insert-before': i + 1, onClick: () => { const r = insertStep(steps, i, { kegiatan: '', pelaksana: actors[0]?.id ?? '' }); set(r.steps, r.lost); } }, 'Sisipkan langkah di atas'),
            i > 0 ? h('button', { type: 'button', className: 'sop-btn', 'data-move-up': i + 1, onClick: () => { const r = moveStep(steps, i, i - 1); set(r.steps, r.lost); } }, 'Naik') : null,
            i < steps.length - 1 ? h('button', { type: 'button', className: 'sop-btn', 'data-move-down': i + 1, onClick: () => { const r = moveStep(steps, i, i + 1); set(r.steps, r.lost); } }, 'Turun') : null,
            h('button', { type: 'button', className: 'sop-btn sop-btn--danger', 'data-delete-step': i + 1, onClick: () => { const r = deleteStep(steps, i); set(r.steps, r.lost); } }, 'Hapus langkah'),
          ),
        );
      }),
      h('button', { type: 'button', className: 'sop-btn sop-btn--add', 'data-add-step': '', onClick: () => set([...steps, { kegiatan: '', pelaksana: actors[0]?.id ?? '' }]) }, 'Tambah langkah'),
    );
  }
  render(): Node {
    const issues = issuesAt(this.live().issues, 'langkah').filter((i) => i.path === 'langkah');
    return h('div', { className: `${this.props.classNameWrapper} sop-widget`, 'data-widget-path': 'langkah' }, this.control(), h(Messages, { id: this.describedBy(), issues, notes: this.notes() }));
  }
}

/** The narrative as MDX text, never reformatted; read-only with the reason when the file cannot be edited safely. */
export class BodyControl extends SopControl {
  extraErrors(): string[] {
    const ro = this.live().readOnly;
    return ro ? [ro] : [];
  }
  control(issues: CheckIssue[]): Node {
    const ro = this.live().readOnly;
    return h(
      React.Fragment,
      null,
      ro ? h('p', { className: 'sop-readonly', role: 'note', 'data-read-only': '' }, ro) : null,
      h('textarea', {
        ...this.inputProps(issues),
        className: 'sop-input sop-textarea sop-body',
        rows: 16,
        readOnly: !!ro,
        spellCheck: true,
        value: str(this.props.value),
        onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => this.change(e.target.value),
      }),
    );
  }
  /** The checker reports the narrative's problems under "narasi". */
  myIssues(): CheckIssue[] {
    return issuesAt(this.live().issues, 'narasi');
  }
}

export const WIDGETS: Record<string, typeof SopControl<object> | (new (p: WidgetProps) => React.Component<WidgetProps>)> = {
  'sop-text': TextControl,
  'sop-nip': NipControl,
  'sop-date': DateControl,
  'sop-choice': ChoiceControl,
  'sop-check': CheckControl,
  'sop-lines': LinesControl,
  'sop-agency': AgencyControl,
  'sop-regulations': RegulationsControl,
  'sop-relations': RelationsControl,
  'sop-table': TableControl,
  'sop-steps': StepsControl,
  'sop-body': BodyControl,
};
