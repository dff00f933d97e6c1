/**
 * Opens the question before printing and calls `onPrint` only when the user answers "Cetak juga".
 * A gap whose fix is in the form gets a link that closes the dialog and goes to the field.
 * Browser only; what to ask about comes from src/core/letters/print-check.ts.
 */
import type { PrintGap } from '../../../core/letters/print-check';

export function askBeforePrint(gaps: PrintGap[], onPrint: () => void, returnFocus: HTMLElement): void {
  const dialog = document.getElementById('tanya-cetak') as HTMLDialogElement;
  const list = document.getElementById('tanya-cetak-daftar')!;
  list.replaceChildren(
    ...gaps.map((gap) => {
      const li = document.createElement('li');
      const where = document.createElement('span');
      where.className = 'tanya-cetak__bagian';
      where.textContent = `${gap.bagian}: `;
      li.append(where, `${gap.penanda.join(', ')}. ${gap.perbaiki}`);
      if (gap.inputId) {
        const a = document.createElement('a');
        a.href = `#${gap.inputId}`;
        a.textContent = `Ke isian ${gap.bagian}`;
        a.dataset.keIsian = gap.inputId;
        li.append(' ', a);
      }
      return li;
    }),
  );
  dialog.returnValue = '';
  pending = { onPrint, returnFocus };
  dialog.showModal();
}

/** What "Cetak juga" prints and where focus returns otherwise, while the dialog is open. */
let pending: { onPrint: () => void; returnFocus: HTMLElement } | null = null;

/** Links in the dialog: close it, then focus the field (its label scrolled into view). */
export function startPrintConfirm(): void {
  const dialog = document.getElementById('tanya-cetak') as HTMLDialogElement | null;
  if (!dialog) return;
  // "Cetak juga" prints at once, in the click (no wait for the dialog's close event).
  document.getElementById('tanya-cetak-ya')!.addEventListener('click', (event) => {
    event.preventDefault();
    const job = pending;
    pending = null;
    dialog.close('cetak');
    job?.onPrint();
  });
  // Any other way out (Kembali, Escape): focus back on "Cetak", unless a link went to a field.
  dialog.addEventListener('close', () => {
    const job = pending;
    pending = null;
    if (job && !dialog.dataset.keIsian) job.returnFocus.focus();
    delete dialog.dataset.keIsian;
  });
  dialog.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-ke-isian]');
    if (!link) return;
    event.preventDefault();
    dialog.dataset.keIsian = link.dataset.keIsian!;
    pending = null;
    dialog.close('batal');
    const target = document.getElementById(link.dataset.keIsian!);
    target?.closest('.isian')?.querySelector('label, legend')?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  });
}
