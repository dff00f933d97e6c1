/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date (8) + TMT (6) + sex (1) + sequence (3).
 * Written grouped in documents: "19670720 199303 2 008".
 */
import { z } from 'zod';
import { isPlaceholder } from './placeholder';

export function nipDigits(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function isValidNip(value: string): boolean {
  const digits = nipDigits(value);
  if (!/^\d{18}$/.test(digits)) return false;
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const sex = digits[14];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (sex === '1' || sex === '2');
}

/** "196707201993032008" -> "19670720 199303 2 008". */
export function formatNip(value: string): string {
  const d = nipDigits(value);
  if (!/^\d{18}$/.test(d)) return value;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

// Pure: lets the browser bundle of the letter form drop zod when only the NIP helpers are used.
export const nipSchema = /* @__PURE__ */ z
  .string({
    // YAML reads an unquoted 18-digit NIP as a number and rounds its last digits.
    invalid_type_error: 'NIP harus ditulis di antara tanda kutip, misalnya nip: "19670720 199303 2 008" (tanpa tanda kutip angka terakhirnya berubah).',
  })
  .superRefine((v, ctx) => {
    if (isPlaceholder(v) || isValidNip(v)) return;
    // "NIP. 19670720 199303 2 008", copied from under a signature: the signature block prints "NIP" itself.
    const label = /^\s*(NIP\b\.?\s*:?)\s*(.*)$/i.exec(v);
    // "19670720-199303-2-008", "19670720/199303/2/008": the groups joined by another mark, printed as written.
    const joined = !label && /[-/_\u2013]/.test(v) ? v.replace(/[-/_\u2013]/g, ' ') : null;
    ctx.addIssue({
      code: 'custom',
      message: label && isValidNip(label[2]!)
        ? `NIP ditulis dengan "${label[1]!.trim()}" di depannya, padahal blok tanda tangan sudah mencetak "NIP"; tulis angkanya saja: nip: "${formatNip(label[2]!)}".`
        : joined && isValidNip(joined)
        ? `NIP "${v.trim()}" dikelompokkan dengan tanda "${/[-/_\u2013]/.exec(v)![0]}", padahal NIP dicetak apa adanya di blok tanda tangan dan ditulis berkelompok dengan spasi; tulis nip: "${formatNip(joined)}".`
        : 'NIP harus 18 digit (tanggal lahir 8, TMT 6, jenis kelamin 1, nomor urut 3), boleh dengan spasi: "19670720 199303 2 008".',
    });
  });
