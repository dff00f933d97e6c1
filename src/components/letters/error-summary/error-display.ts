/**
 * Shows validation errors GOV.UK style: a summary at the top linking to each field, and the
 * message above the field itself. Never touches the values typed. Browser only.
 */
import type { FieldError } from '../../../core/letters/validate-values';
import { updateDescribedBy } from '../form-state';

const TITLE_PREFIX = 'Kesalahan: ';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function clearErrors(form: HTMLFormElement, summary: HTMLElement): void {
  for (const box of form.querySelectorAll<HTMLElement>('.isian--galat')) box.classList.remove('isian--galat');
  for (const p of form.querySelectorAll<HTMLElement>('.isian__galat')) p.hidden = true;
  for (const el of form.querySelectorAll<Control>('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    updateDescribedBy(el);
  }
  summary.hidden = true;
  summary.querySelector('ul')!.replaceChildren();
  if (document.title.startsWith(TITLE_PREFIX)) document.title = document.title.slice(TITLE_PREFIX.length);
}

export function showErrors(form: HTMLFormElement, summary: HTMLElement, errors: FieldError[]): void {
  clearErrors(form, summary);
  const list = summary.querySelector('ul')!;
  for (const error of errors) {
    const target = document.getElementById(error.inputId);
    // A group-level error (too few items) belongs to the group's fieldset.
    const box = target?.closest<HTMLElement>('.isian') ?? null;
    if (box) {
      box.classList.add('isian--galat');
      const message = box.querySelector<HTMLElement>(':scope > .isian__galat');
      if (message) {
        message.querySelector('.isian__galat-teks')!.textContent = error.message;
        message.hidden = false;
      }
      if (target && target.matches('input, textarea, select')) {
        target.setAttribute('aria-invalid', 'true');
        updateDescribedBy(target as Control);
      }
    }
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${error.inputId}`;
    a.textContent = error.message;
    li.append(a);
    list.append(li);
  }
  summary.hidden = false;
  if (!document.title.startsWith(TITLE_PREFIX)) document.title = TITLE_PREFIX + document.title;
  summary.focus();
}

/** Summary links: focus the field and bring its label into view (the URL stays unchanged). */
export function onSummaryClick(event: MouseEvent): void {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return;
  event.preventDefault();
  const box = target.closest('.isian');
  const label = box?.querySelector('label, legend');
  (label ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
