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
  dialog.addEventListener(
    'close',
    () => {
      if (dialog.returnValue === 'cetak') onPrint();
      else if (!dialog.dataset.keIsian) returnFocus.focus();
      delete dialog.dataset.keIsian;
    },
    { once: true },
  );
  dialog.showModal();
}

/** Links in the dialog: close it, then focus the field (its label scrolled into view). */
export function startPrintConfirm(): void {
  const dialog = document.getElementById('tanya-cetak') as HTMLDialogElement | null;
  dialog?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-ke-isian]');
    if (!link) return;
    event.preventDefault();
    dialog.dataset.keIsian = link.dataset.keIsian!;
    dialog.close('batal');
    const target = document.getElementById(link.dataset.keIsian!);
    target?.closest('.isian')?.querySelector('label, legend')?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  });
}
