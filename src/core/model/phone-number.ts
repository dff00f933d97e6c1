/**
 * A telephone number as offices write it ("(061) 4514000", "0812-3456-7890", "Telp. +62 61 451"):
 * found where it is written alone, and named where it holds letters, as the kop prints it after
 * "Telp." and the public dials it.
 */
import { isPlaceholder } from './placeholder';
import { isDashOnly } from './dash-text';

/** The labels written before a number: "Telp.", "HP", "WA:", "Fax", "ext.". */
const LABEL = /^(?:telp|tlp|telepon|telpon|hp|wa|whatsapp|fax|faks|ext|psw|no)\.?:?/i;

/** A phone number written alone, without any word saying what it is for ("081234567890"); else null. */
export function bareNumber(v: string): string | null {
  const t = v.trim();
  return /^[+(]?\d[\d\s().\-/]*$/.test(t) && (t.match(/\d/g) ?? []).length >= 6 ? t : null;
}

/** A phone number alone, with its label or without ("(061) 4514000", "Telp. 0812..."); else null. */
export function phoneNumber(v: string): string | null {
  return bareNumber(v.trim().replace(/^(?:telp\.?|tlp\.?|telepon|telpon|hp|wa|whatsapp)\s*:?\s*/i, ''));
}

/**
 * What is wrong with an office's telephone as written: no number at all ("belum ada"), the letter
 * O for the digit 0 ("0812-345O"), "xxxx" for digits not yet known, or other letters inside a
 * number. Null when it reads as a number (labels such as "Telp." and "Fax" are fine).
 */
export function phoneNumberProblem(v: string): string | null {
  const t = v.trim();
  if (!t || isPlaceholder(t) || isDashOnly(t)) return null;
  if (!/\d/.test(t)) {
    return `Telepon "${t}" tidak memuat nomor, padahal kolom ini tercetak di kop sesudah "Telp.". Tulis nomornya, misalnya (061) 4514000, atau "[ISI: nomor telepon]" sampai diketahui; hapus baris ini bila kantor tidak bertelepon.`;
  }
  for (const token of t.split(/[\s,;/()]+/)) {
    const number = token.replace(LABEL, '');
    if (!/\d/.test(number) || !/[a-z]/i.test(number)) continue;
    const digits = number.replace(/[oO]/g, '0').replace(/[Il]/g, '1');
    if (/^\+?[\d.-]+$/.test(digits)) {
      const meant = t.replace(token, token.replace(number, digits));
      return `Nomor telepon "${t}" memuat huruf "${/[oO]/.test(number) ? 'O' : 'I'}" di antara angkanya (maksud Anda angka ${/[oO]/.test(number) ? '0' : '1'}?); kop mencetaknya apa adanya. Tulis telepon: ${meant}.`;
    }
    if (/^[\dxX.+-]+$/.test(number)) {
      return `Nomor telepon "${t}" memuat "${/[xX]+/.exec(number)![0]}" sebagai ganti angka yang belum diketahui, dan kop mencetaknya apa adanya. Tulis nomor lengkapnya, atau "[ISI: nomor telepon]" sampai diketahui.`;
    }
    return `Nomor telepon "${t}" memuat huruf "${number.replace(/[^a-z]/gi, '')}" di dalam nomornya, padahal nomor telepon hanya berisi angka (dengan spasi, tanda hubung atau kurung). Periksa nomornya pada kop surat kantor.`;
  }
  return null;
}
