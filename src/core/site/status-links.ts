/**
 * What an SOP's page and list entries say about its status beyond the badge: the banner of an
 * SOP no longer in force ("Tidak berlaku lagi sejak ...; digantikan oleh ..." / "Dicabut pada
 * ... karena ...") and, on a successor, the SOPs it replaces. Text parts with optional links, so
 * the page renders them without building HTML here.
 */
import { formatTanggal } from '../model/date';
import type { SopFrontmatter } from '../model/sop';
import { sopUrl } from './urls';

export interface NoticePart {
  text: string;
  /** A link to another SOP's page. */
  href?: string;
}

/** Another SOP as the notices name it. */
export interface LinkedSop {
  id: string;
  data: Pick<SopFrontmatter, 'judul' | 'status' | 'digantikan_oleh' | 'tanggal'>;
}

const sentence = (text: string) => text.trim().replace(/[.\s]+$/, '');

/** The banner of a replaced or withdrawn SOP; undefined for draf and berlaku. */
export function endedNotice(data: Pick<SopFrontmatter, 'status' | 'digantikan_oleh' | 'dicabut'>, find: (id: string) => LinkedSop | undefined): NoticePart[] | undefined {
  if (data.status === 'dicabut' && data.dicabut) {
    return [{ text: `Dicabut pada ${formatTanggal(data.dicabut.tanggal)} karena ${sentence(data.dicabut.alasan)}.` }];
  }
  if (data.status === 'digantikan') {
    const successor = data.digantikan_oleh ? find(data.digantikan_oleh.trim()) : undefined;
    if (!successor) return [{ text: 'Tidak berlaku lagi; telah digantikan oleh SOP lain.' }];
    return [
      { text: `Tidak berlaku lagi sejak ${formatTanggal(successor.data.tanggal.efektif)}; digantikan oleh ` },
      { text: successor.data.judul, href: sopUrl(successor.id) },
      { text: '.' },
    ];
  }
  return undefined;
}

/** The SOPs (status digantikan) naming `id` as their successor, in `sops`' order. */
export function predecessorsOf(id: string, sops: readonly LinkedSop[]): LinkedSop[] {
  return sops.filter((s) => s.data.status === 'digantikan' && s.data.digantikan_oleh?.trim() === id);
}

/** "Menggantikan <SOP>, <SOP>." on a successor's page; undefined when it replaces none. */
export function replacesNotice(predecessors: readonly LinkedSop[]): NoticePart[] | undefined {
  if (predecessors.length === 0) return undefined;
  const parts: NoticePart[] = [{ text: 'Menggantikan ' }];
  predecessors.forEach((p, i) => {
    if (i > 0) parts.push({ text: ', ' });
    parts.push({ text: p.data.judul, href: sopUrl(p.id) });
  });
  parts.push({ text: '.' });
  return parts;
}
