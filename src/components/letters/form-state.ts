/**
 * Reading and writing the letter form's values, and the repeating groups' items (add, remove,
 * renumber ids and labels). Browser only.
 */
import { isGroupField, type LetterTemplateMeta } from '../../core/letters/field-types';
import { fieldInputId, fieldInputName, type GroupItem, type LetterValues } from '../../core/letters/form-values';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function control(root: ParentNode, id: string): Control | null {
  return root.querySelector<Control>(`#${CSS.escape(id)}`);
}

export function groupFieldset(form: HTMLFormElement, name: string): HTMLFieldSetElement {
  return form.querySelector<HTMLFieldSetElement>(`[data-kelompok="${CSS.escape(name)}"]`)!;
}

function groupItems(fieldset: HTMLFieldSetElement): HTMLLIElement[] {
  return [...fieldset.querySelectorAll<HTMLLIElement>(':scope > .kelompok__daftar > .kelompok__item')];
}

export function readValues(form: HTMLFormElement, meta: LetterTemplateMeta): LetterValues {
  const values: LetterValues = {};
  for (const field of meta.fields) {
    if (isGroupField(field)) {
      values[field.name] = groupItems(groupFieldset(form, field.name)).map((li) => {
        const item: GroupItem = {};
        for (const el of li.querySelectorAll<Control>('[data-sub]')) item[el.dataset.sub!] = el.value;
        return item;
      });
    } else {
      values[field.name] = control(form, fieldInputId(field.name))?.value ?? '';
    }
  }
  return values;
}

export function writeValues(form: HTMLFormElement, meta: LetterTemplateMeta, values: LetterValues): void {
  for (const field of meta.fields) {
    const value = values[field.name];
    if (isGroupField(field)) {
      const items = Array.isArray(value) ? value : [];
      const fieldset = groupFieldset(form, field.name);
      let current = groupItems(fieldset);
      while (current.length > items.length) current.pop()!.remove();
      while (current.length < Math.min(items.length, field.max)) {
        addGroupItem(fieldset);
        current = groupItems(fieldset);
      }
      current.forEach((li, i) => {
        for (const el of li.querySelectorAll<Control>('[data-sub]')) el.value = items[i]?.[el.dataset.sub!] ?? '';
      });
      renumberGroup(fieldset);
    } else if (typeof value === 'string') {
      const el = control(form, fieldInputId(field.name));
      if (el) el.value = value;
    }
  }
}

/** Ids the input is described by: its hint, and its error while one is shown. */
export function updateDescribedBy(el: Control): void {
  const ids = [`${el.id}-petunjuk`, `${el.id}-galat`].filter((id) => {
    const target = document.getElementById(id);
    return target && !target.hidden;
  });
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
}

/** Gives every item of a group its number: ids, names, labels, legends, button texts. */
export function renumberGroup(fieldset: HTMLFieldSetElement): void {
  const group = fieldset.dataset.kelompok!;
  const itemLabel = fieldset.dataset.labelItem ?? '';
  const lower = itemLabel.charAt(0).toLowerCase() + itemLabel.slice(1);
  const max = Number(fieldset.dataset.max);
  const items = groupItems(fieldset);
  items.forEach((li, i) => {
    li.querySelector('.kelompok__isi-judul')!.textContent = `${itemLabel} ${i + 1}`;
    for (const box of li.querySelectorAll<HTMLElement>('.isian')) {
      const sub = box.dataset.isian!;
      const id = fieldInputId(group, i, sub);
      const el = box.querySelector<Control>('[data-sub]')!;
      el.id = id;
      el.name = fieldInputName(group, i, sub);
      box.querySelector('label')!.htmlFor = id;
      const hint = box.querySelector<HTMLElement>('.isian__petunjuk');
      if (hint) hint.id = `${id}-petunjuk`;
      box.querySelector<HTMLElement>('.isian__galat')!.id = `${id}-galat`;
      updateDescribedBy(el);
    }
    const hidden = li.querySelector('[data-aksi="hapus-item"] .visually-hidden');
    if (hidden) hidden.textContent = `${lower} ${i + 1}`;
  });
  fieldset.querySelector<HTMLElement>(':scope > .kelompok__kosong')!.hidden = items.length > 0;
  const full = items.length >= max;
  fieldset.querySelector<HTMLElement>(':scope > [data-aksi="tambah-item"]')!.hidden = full;
  fieldset.querySelector<HTMLElement>(':scope > .kelompok__batas')!.hidden = !full;
}

/** Appends an item made from the group's <template>; returns it (null when the group is full). */
export function addGroupItem(fieldset: HTMLFieldSetElement): HTMLLIElement | null {
  const max = Number(fieldset.dataset.max);
  if (groupItems(fieldset).length >= max) return null;
  const template = fieldset.querySelector<HTMLTemplateElement>(':scope > template.kelompok__cetakan')!;
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  fieldset.querySelector(':scope > .kelompok__daftar')!.append(li);
  renumberGroup(fieldset);
  return li;
}

/** Removes an item; returns the element that should take the focus. */
export function removeGroupItem(li: HTMLLIElement): HTMLElement {
  const fieldset = li.closest<HTMLFieldSetElement>('[data-kelompok]')!;
  const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLLIElement | null;
  li.remove();
  renumberGroup(fieldset);
  const focusTarget = next?.querySelector<HTMLElement>('[data-sub]');
  return focusTarget ?? fieldset.querySelector<HTMLElement>(':scope > [data-aksi="tambah-item"]:not([hidden])') ?? fieldset;
}

