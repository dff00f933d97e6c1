/**
 * Ids authors write (an agency, an actor): small letters, digits and hyphens. One message for
 * an id written otherwise, naming the id in small letters when that is all that is wrong
 * ("Dinsos-Kota", "Lurah").
 */
import { z } from 'zod';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id a text written otherwise probably means: in small letters, with spaces, underscores,
 * dots and slashes as hyphens ("Kepala Kelurahan", "kepala_kel" -> "kepala-kelurahan", "kepala-kel"),
 * or null when that is still no id.
 */
export function idOf(v: string): string | null {
  const slug = v.trim().toLowerCase().replace(/[\s_./]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return ID.test(slug) ? slug : null;
}

/** Why `v` is not an id of `what` (e.g. "pelaksana"), or null when it is one. */
export function idProblem(v: string, what: string, example: string): string | null {
  if (ID.test(v)) return null;
  const meant = idOf(v);
  const guess = meant ? ` Maksud Anda "${meant}"?` : '';
  return `Id ${what} hanya huruf kecil, angka dan tanda hubung, misalnya "${example}".${guess}`;
}

export const idSchema = (what: string, example: string) =>
  z.string().superRefine((v, ctx) => {
    const message = idProblem(v, what, example);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
