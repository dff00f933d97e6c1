/**
 * Times written as something other than how long a step takes: a rate ("15 menit/berkas",
 * "15 menit per berkas", "1 x 24 jam/hari") or a frequency ("setiap hari"). The Waktu column is
 * the duration of the step for one application, summed into the SOP's total, so neither can be
 * read; each gets a message that says what was written and what to write instead.
 */

import { UNIT_ALIASES } from './units';

/**
 * The message for `s` (normalised, as parse.ts reads it) when it is a rate or a frequency, else
 * null. `readable` says whether a text is a time parse.ts can read.
 */
export function notADuration(raw: string, s: string, readable: (text: string) => boolean): string | null {
  const rate = /^(.*?\d.*?)\s*(?:\/|\bper\b)\s*([a-z][a-z ]*)$/.exec(s);
  if (rate && readable(rate[1]!)) {
    const time = raw.trim().replace(/\s*(?:\/|\bper\b)[^/]*$/i, '');
    if (UNIT_ALIASES[rate[2]!.trim()]) {
      return (
        `Waktu "${raw}" tidak dapat dibaca: "${raw.trim().slice(time.length).trim()}" sesudah "${time}" berarti "per ${rate[2]!.trim()}", sedangkan kolom Waktu berisi lama langkah ini saja. ` +
        `Tulis lamanya tanpa "${raw.trim().slice(time.length).trim()}": waktu: "${time}".`
      );
    }
    return (
      `Waktu "${raw}" ditulis per ${rate[2]} (waktu untuk setiap ${rate[2]}), padahal kolom Waktu berisi lama langkah ini untuk satu permohonan, yang dijumlahkan menjadi total waktu SOP. ` +
      `Tulis waktu: "${time}" bila itu lama langkah ini untuk satu permohonan, dan pindahkan "per ${rate[2]}" ke keterangan, misalnya keterangan: "${time} per ${rate[2]}".`
    );
  }
  const every = /^(?:setiap|tiap|tiap-tiap)\s+(.+)$/.exec(s);
  if (every) {
    return (
      `Waktu "${raw}" menyebut seberapa sering langkah ini dikerjakan, bukan berapa lama langkah ini berlangsung. ` +
      `Tulis lamanya, misalnya waktu: "1 hari" bila langkah ini selesai dalam sehari, atau waktu: "-" bila tidak ditentukan; tulis jadwalnya di keterangan, misalnya keterangan: "${raw}".`
    );
  }
  return null;
}
