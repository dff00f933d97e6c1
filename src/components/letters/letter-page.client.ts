/**
 * Script of /surat/<id>/: live preview, validation on print, repeating groups, drafts, and the
 * question before leaving with unsaved changes. Makes no network request and stores nothing
 * unless the user saves a draft.
 */
import type { Agency } from '../../core/model/agency';
import { PAPER_MM } from '../../core/model/paper';
import { todayIso } from '../../core/letters/indonesian-date';
import { applyAgencyChange, fieldInputId, type LetterValues } from '../../core/letters/form-values';
import { agencyGaps, buildLetterContext, letterPaper } from '../../core/letters/letter-context';
import { validateLetterValues } from '../../core/letters/validate-values';
import { printGaps } from '../../core/letters/print-check';
import { isGroupField } from '../../core/letters/field-types';
import { prefillFromSops, sopsFromQuery, usesSops } from '../../core/letters/sop-prefill';
import { askBeforePrint, startPrintConfirm } from './print-confirm/print-confirm';
import { deleteDraft, formatSavedAt, inspectDraft, loadDraft, saveDraft } from './drafts';
import { clearErrors, onSummaryClick, showErrors } from './error-summary/error-display';
import { addGroupItem, control, readValues, removeGroupItem, writeValues } from './form-state';
import { letterMeta, letterRenderer } from './letter-runtime';
import { readPageConfig } from './page-config';
import { estimatePages, fitPreview, renderPreview, showChange } from './preview/preview';

const form = document.getElementById('formulir-surat') as HTMLFormElement | null;
if (form) startLetterPage(form);

function startLetterPage(form: HTMLFormElement): void {
  const config = readPageConfig(form);
  const meta = letterMeta(config.template);
  if (!meta) return;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const agencySelect = byId<HTMLSelectElement>('isian-instansi');
  const sheet = byId<HTMLElement>('surat');
  const frame = byId<HTMLElement>('pratinjau-bingkai');
  const scaler = byId<HTMLElement>('pratinjau-skala');
  const summary = byId<HTMLElement>('ringkasan-galat');
  const status = byId<HTMLElement>('status-aksi');
  const draftBanner = byId<HTMLElement>('draf-tersimpan');
  const deleteDraftButton = byId<HTMLButtonElement>('tombol-hapus-draf');

  // Values the page put in (agency signatory, SOP reference): an [ISI: ...] in them, untouched,
  // is asked about before printing instead of blocking it.
  const prefilled: Record<string, string> = {};
  const agency = (): Agency | undefined => config.agencies[agencySelect.value];
  let currentAgencyId = agencySelect.value;

  // --- Start: agency and SOP from the link, today's date --------------------------------------
  const params = new URLSearchParams(location.search);
  const sop = Object.hasOwn(config.sops, params.get('sop') ?? '') ? config.sops[params.get('sop')!] : undefined;
  const wantedAgency = [params.get('instansi'), sop?.instansi].find((id) => id && Object.hasOwn(config.agencies, id));
  if (wantedAgency && wantedAgency !== currentAgencyId) switchAgency(wantedAgency);
  for (const el of form.querySelectorAll<HTMLInputElement>('input[data-hari-ini]')) {
    if (!el.value) el.value = todayIso();
  }
  const rujukan = control(form, fieldInputId('rujukan_sop'));
  if (sop && rujukan && !rujukan.value) rujukan.value = sop.rujukan;
  // Forms filled from SOPs (monitoring of one SOP or of a whole bidang, evaluation of one SOP).
  if (usesSops(meta)) {
    const chosen = sopsFromQuery(config.sops, { sop: params.get('sop'), instansi: params.get('instansi'), bidang: params.get('bidang') });
    if (chosen.length) writeValues(form, meta, prefillFromSops(meta, readValues(form, meta), chosen));
  }

  const rememberPrefilled = () => {
    const values = readValues(form, meta);
    for (const field of meta.fields) {
      if (!isGroupField(field) && typeof values[field.name] === 'string') prefilled[field.name] = values[field.name] as string;
    }
  };
  rememberPrefilled();

  const snapshot = () => JSON.stringify({ instansi: agencySelect.value, values: readValues(form, meta) });
  const initialSnapshot = snapshot();
  let savedSnapshot = initialSnapshot;

  // --- Preview -------------------------------------------------------------------------------
  const paperLabel = byId('pratinjau-kertas');
  const pagesLabel = byId('pratinjau-halaman');
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };

  function render(): void {
    const values = readValues(form!, meta!);
    const a = agency();
    const paper = letterPaper(meta!, a);
    const changed = renderPreview(sheet, letterRenderer.render(meta!.id, buildLetterContext(meta!, a, values)), paper);
    if (!changed) return;
    fitPreview(frame, scaler, paper);
    const pages = String(estimatePages(sheet, paper));
    setText(paperLabel, `${paper} (${PAPER_MM[paper].width} × ${PAPER_MM[paper].height} mm)`);
    setText(pagesLabel, `, perkiraan ${pages} halaman`);
    if (sheet.dataset.halaman !== pages) sheet.dataset.halaman = pages;
  }

  function switchAgency(id: string): void {
    const from = config.agencies[currentAgencyId];
    agencySelect.value = id;
    currentAgencyId = id;
    const before = readValues(form!, meta!);
    const after = applyAgencyChange(meta!, before, from, config.agencies[id]);
    writeValues(form!, meta!, after);
    for (const [name, value] of Object.entries(after)) {
      if (typeof value === 'string' && value !== before[name]) prefilled[name] = value;
    }
    const gaps = agencyGaps(config.agencies[id]!);
    byId('celah-instansi').hidden = gaps.length === 0;
    byId('celah-instansi-daftar').textContent = gaps.join(', ');
  }

  const previewColumn = document.querySelector<HTMLElement>('.halaman-surat__pratinjau')!;
  form.addEventListener('input', (event) => {
    if (event.target === agencySelect) return;
    render();
    showChange(sheet, previewColumn);
  });
  agencySelect.addEventListener('change', () => {
    switchAgency(agencySelect.value);
    render();
  });

  // --- Repeating groups ------------------------------------------------------------------------
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-aksi]');
    if (!button) return;
    const action = button.dataset.aksi;
    if (action === 'tambah-item') {
      const li = addGroupItem(button.closest<HTMLFieldSetElement>('[data-kelompok]')!);
      for (const el of li?.querySelectorAll<HTMLInputElement>('input[data-hari-ini]') ?? []) el.value ||= todayIso();
      li?.querySelector<HTMLElement>('[data-sub]')?.focus();
      render();
    } else if (action === 'hapus-item') {
      removeGroupItem(button.closest<HTMLLIElement>('.kelompok__item')!).focus();
      render();
    } else if (action === 'simpan-draf') {
      onSaveDraft();
    } else if (action === 'hapus-draf') {
      onDeleteDraft();
    } else if (action === 'hapus-draf-rusak') {
      deleteDraft(meta!.id);
      byId('draf-rusak').hidden = true;
      status.textContent = 'Draf yang tidak terbaca telah dihapus dari perangkat ini.';
      showDraftState();
      agencySelect.focus();
    } else if (action === 'pakai-draf') {
      onUseDraft();
    }
  });

  // --- Drafts ----------------------------------------------------------------------------------
  function showDraftState(): void {
    deleteDraftButton.hidden = !loadDraft(meta!.id);
  }

  function onSaveDraft(): void {
    const values: LetterValues = readValues(form!, meta!);
    const ok = saveDraft(meta!.id, { versi: 1, instansi: agencySelect.value, values, disimpan: new Date().toISOString() });
    if (ok) {
      savedSnapshot = snapshot();
      draftBanner.hidden = true;
      byId('draf-rusak').hidden = true;
      status.textContent = `Draf disimpan di perangkat ini (${formatSavedAt(new Date().toISOString())}).`;
    } else {
      status.textContent = 'Draf tidak dapat disimpan: penyimpanan peramban tidak tersedia.';
    }
    showDraftState();
  }

  function onDeleteDraft(): void {
    deleteDraft(meta!.id);
    draftBanner.hidden = true;
    savedSnapshot = initialSnapshot;
    status.textContent = 'Draf dihapus dari perangkat ini. Isian formulir tetap seperti sekarang.';
    showDraftState();
    agencySelect.focus();
  }

  function onUseDraft(): void {
    const draft = loadDraft(meta!.id);
    if (!draft) return;
    if (Object.hasOwn(config.agencies, draft.instansi)) {
      agencySelect.value = draft.instansi;
      currentAgencyId = draft.instansi;
      const gaps = agencyGaps(config.agencies[draft.instansi]!);
      byId('celah-instansi').hidden = gaps.length === 0;
      byId('celah-instansi-daftar').textContent = gaps.join(', ');
    }
    writeValues(form!, meta!, draft.values);
    savedSnapshot = snapshot();
    draftBanner.hidden = true;
    clearErrors(form!, summary);
    render();
    status.textContent = 'Draf dimuat ke formulir.';
    agencySelect.focus();
  }

  const stored = inspectDraft(meta.id);
  if (stored.status === 'tidak-terbaca') {
    // Shown and announced (role="status"): on a shared computer nobody should leave it behind unseen.
    byId('draf-rusak').hidden = false;
    byId('draf-rusak-teks').textContent = `Ada draf surat ini di perangkat ini yang tidak dapat dibaca (${stored.alasan}), sehingga tidak dapat dipakai. Hapus draf itu agar tidak tertinggal di perangkat ini.`;
  }
  const existing = stored.status === 'terbaca' ? stored.draft : null;
  if (existing) {
    const when = formatSavedAt(existing.disimpan);
    byId('draf-tersimpan-teks').textContent = `Ada draf surat ini yang tersimpan di perangkat ini${when ? ` (${when})` : ''}. Pakai draf untuk melanjutkan, atau hapus bila tidak diperlukan lagi.`;
    draftBanner.hidden = false;
  }
  showDraftState();

  // --- Validation and print --------------------------------------------------------------------
  summary.addEventListener('click', onSummaryClick);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = readValues(form, meta);
    const errors = validateLetterValues(meta, values, { prefilled });
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    clearErrors(form, summary);
    const printNow = () => {
      render();
      window.print();
    };
    const gaps = printGaps(meta, agency(), agencySelect.value, values, prefilled);
    if (gaps.length) askBeforePrint(gaps, printNow, byId('tombol-cetak'));
    else printNow();
  });
  startPrintConfirm();
  window.addEventListener('beforeprint', render);

  // --- Leaving with unsaved changes ---------------------------------------------------------------
  window.addEventListener('beforeunload', (event) => {
    if (snapshot() === savedSnapshot) return;
    event.preventDefault();
    event.returnValue = '';
  });

  new ResizeObserver(() => fitPreview(frame, scaler, letterPaper(meta, agency()))).observe(frame);
  render();
  document.documentElement.dataset.suratSiap = '';
}
