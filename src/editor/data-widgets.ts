/**
 * Widgets of the agency and regulations forms, and the SOP status field with the revision offer.
 * Like the SOP widgets (widgets.ts), each shows at its field the messages the core checker gives
 * for its path and blocks saving on errors.
 */
import React from 'react';
import { fromJS } from 'immutable';
import type { CheckIssue } from '../core/checks/issue';
import { issuesAt } from '../core/editor/check-entry';
import { ORIGINAL_KEY, parseEntryFile } from '../core/editor/entry-file';
import { fieldLabel, REGULATION_FIELDS, REGULATIONS_KEY } from '../core/editor/fields';
import { acceptRevision, revisionOffer } from '../core/editor/revision';
import { isPlaceholder } from '../core/model/placeholder';
import { requestFieldValue, todayIso } from './entry-state';
import { ChoiceControl, Messages, plain, SopControl, type WidgetProps } from './widgets';

const h = React.createElement;
type Node = React.ReactNode;

/** Decap's own image control (upload, media library), set by main.ts from the registry. */
let imageControl: React.ComponentType<Record<string, unknown>> | null = null;
export function setImageControl(c: React.ComponentType<Record<string, unknown>> | null): void {
  imageControl = c;
}

/**
 * The agency logo: Decap's image control (upload into public/logo/ or pick an uploaded file)
 * with the checker's messages under it. A placeholder "[ISI: ...]" is shown as text, not as a
 * broken image.
 */
export class LogoControl extends SopControl {
  /**
   * Decap's Widget re-renders a control only when its value changes unless the control says
   * otherwise; the image control must also see the media library's choice (`mediaPaths`).
   */
  shouldComponentUpdate(): boolean {
    return true;
  }
  control(issues: CheckIssue[]): Node {
    const value = String(plain(this.props.value) ?? '');
    const placeholder = isPlaceholder(value);
    const inner = imageControl
      ? h(imageControl, {
          ...(this.props as unknown as Record<string, unknown>),
          value: placeholder ? '' : value,
          onChange: (v: unknown) => this.change(v),
        })
      : null;
    return h(
      'div',
      { 'data-sop-path': this.path, 'aria-invalid': issues.some((i) => i.severity === 'error') ? 'true' : undefined },
      placeholder ? h('p', { className: 'sop-live', 'data-logo-placeholder': '' }, `Belum ada logo: tertulis ${value}.`) : null,
      inner,
    );
  }
}

type Row = Record<string, unknown> & { id?: unknown };

/** Columns of a regulation row, from fields.ts ("id", "jenis", ...). */
const COLUMNS = Object.keys(REGULATION_FIELDS)
  .filter((p) => p.startsWith(`${REGULATIONS_KEY}[].`))
  .map((p) => p.slice(REGULATIONS_KEY.length + 3));

/** A typed year is a number in the file (tahun: 2009); anything else is kept for the checker to explain. */
function cellValue(column: string, text: string): unknown {
  return column === 'tahun' && /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The regulations file as a list: one fieldset per regulation, searchable, with messages per field. */
export class RegulationListControl extends SopControl<{ query: string }> {
  state = { query: '' };
  control(): Node {
    const rows = ((plain(this.props.value) as Row[] | undefined) ?? []).slice();
    const issues = this.live().issues;
    const set = (next: Row[]) => this.change(fromJS(next));
    const q = this.state.query.trim().toLowerCase();
    const shown = rows.map((r, i) => [r, i] as const).filter(([r]) => !q || COLUMNS.some((c) => String(r[c] ?? '').toLowerCase().includes(q)));
    const base = this.props.forID;
    return h(
      'div',
      { className: 'sop-table', id: base, 'data-sop-path': this.path },
      h(
        'div',
        { className: 'sop-sub' },
        h('label', { htmlFor: `${base}-cari` }, 'Cari peraturan'),
        h('input', {
          id: `${base}-cari`,
          type: 'search',
          className: 'sop-input',
          value: this.state.query,
          placeholder: 'id, jenis, tahun atau judul',
          onChange: (e: React.ChangeEvent<HTMLInputElement>) => this.setState({ query: e.target.value }),
        }),
      ),
      ...shown.map(([row, i]) =>
        h(
          'fieldset',
          { key: i, className: 'sop-table__row', 'data-row': i },
          h('legend', null, `${i + 1}. ${String(row.singkatan || row.id || 'Peraturan baru')}`),
          h(Messages, { id: `${base}-${i}-pesan`, issues: issues.filter((x) => x.path === `${this.path}[${i}]`) }),
          ...COLUMNS.map((c) => {
            const id = `${base}-${i}-${c}`;
            const path = `${this.path}[${i}].${c}`;
            const at = issuesAt(issues, path);
            const spec = REGULATION_FIELDS[`${this.path}[].${c}`];
            return h(
              'div',
              { key: c, className: 'sop-sub', 'data-sop-path': path },
              h('label', { htmlFor: id }, fieldLabel(`${this.path}[].${c}`, REGULATION_FIELDS)),
              h('input', {
                id,
                type: 'text',
                className: 'sop-input',
                inputMode: c === 'tahun' ? 'numeric' : undefined,
                'data-sop-path': path,
                'aria-invalid': at.some((x) => x.severity === 'error') ? 'true' : undefined,
                'aria-describedby': `${id}-hint${at.length ? ` ${id}-pesan` : ''}`,
                value: row[c] === undefined || row[c] === null ? '' : String(row[c]),
                onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(rows.map((r, j) => (j === i ? { ...r, [c]: cellValue(c, e.target.value) } : r))),
              }),
              h('p', { id: `${id}-hint`, className: 'sop-hint' }, spec?.hint ?? ''),
              h(Messages, { id: `${id}-pesan`, issues: at }),
            );
          }),
          h(
            'div',
            { className: 'sop-row-actions' },
            h('button', { type: 'button', className: 'sop-btn sop-btn--danger', 'data-delete-row': i, onClick: () => set(rows.filter((_, j) => j !== i)) }, 'Hapus peraturan'),
          ),
        ),
      ),
      q && !shown.length ? h('p', { className: 'sop-live' }, 'Tidak ada peraturan yang cocok.') : null,
      h('button', { type: 'button', className: 'sop-btn sop-btn--add', 'data-add-row': this.path, onClick: () => set([...rows, { id: '', jenis: '', nomor: '', tahun: '', tentang: '' }]) }, 'Tambah peraturan'),
    );
  }
}

let originalMemo: { text: string; data: Record<string, unknown> } | null = null;
function originalValues(text: unknown): Record<string, unknown> | null {
  if (typeof text !== 'string') return null;
  if (originalMemo?.text !== text) originalMemo = { text, data: parseEntryFile(text) };
  return originalMemo.data;
}

/**
 * The SOP's status, and under it, when an SOP in force (berlaku) has been changed, the offer to
 * record the revision: a `riwayat_revisi` entry naming what changed and `tanggal.revisi`, both
 * dated today (src/core/editor/revision.ts).
 */
export class StatusControl extends ChoiceControl {
  private dismissed: string | null = null;
  constructor(props: WidgetProps) {
    super(props);
  }
  control(issues: CheckIssue[]): Node {
    const live = this.live();
    const today = todayIso();
    const offer = revisionOffer(originalValues(live.raw[ORIGINAL_KEY]), live.raw, today);
    const box =
      offer && this.dismissed !== offer.entry.perubahan
        ? h(
            'div',
            { className: 'sop-offer', role: 'region', 'aria-label': 'Catat revisi', 'data-revision-offer': '' },
            h('p', null, h('strong', null, 'SOP ini berlaku dan telah Anda ubah. '), `Catat sebagai revisi? Riwayat revisi mendapat baris "${offer.entry.perubahan}" bertanggal ${today}, dan Tanggal revisi diisi ${today}.`),
            h(
              'button',
              {
                type: 'button',
                className: 'sop-btn sop-btn--add',
                'data-accept-revision': '',
                onClick: () => {
                  const next = acceptRevision(live.raw, offer);
                  requestFieldValue('riwayat_revisi', fromJS(next.riwayat_revisi));
                  requestFieldValue('tanggal.revisi', next.tanggal.revisi);
                },
              },
              'Catat revisi',
            ),
            h('button', { type: 'button', className: 'sop-btn', onClick: () => ((this.dismissed = offer.entry.perubahan), this.forceUpdate()) }, 'Tidak sekarang'),
          )
        : null;
    return h(React.Fragment, null, super.control(issues), box);
  }
}

export const DATA_WIDGETS = {
  'sop-status': StatusControl,
  'data-logo': LogoControl,
  'data-regulations': RegulationListControl,
};
