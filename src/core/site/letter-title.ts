/**
 * The title of a letter template for links from SOP steps: the letters catalog's title, or the
 * id made readable ("rekomendasi-bantuan-pemulangan" -> "Rekomendasi bantuan pemulangan") for a
 * template the catalog does not list yet.
 */
import { findLetterTemplate } from '../letters/catalog';

export function humaniseLetterId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function letterTitle(id: string): string {
  return findLetterTemplate(id)?.judul ?? humaniseLetterId(id);
}
