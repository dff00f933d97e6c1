/**
 * Times written as something other than how long a step takes: a rate ("15 menit/berkas",
 * "15 menit per berkas", "1 x 24 jam/hari"), a frequency ("setiap hari") or a time of day
 * ("08.00 - 12.00", "pukul 08.00 WIB"). The Waktu column is
 * the duration of the step for one application, summed into the SOP's total, so neither can be
 * read; each gets a message that says what was written and what to write instead.
 */

import { formatMinutes } from './format';
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

/** "08.00", "8:00", "pukul 08.00 WIB": a time of day (hours 0-23, two-digit minutes). */
const CLOCK = String.raw`(?:(?:pukul|pkl\.?|jam)\s*)?(\d{1,2})[.:](\d{2})(?:\s*(?:wib|wita|wit))?`;
const CLOCK_RANGE = new RegExp(String.raw`^${CLOCK}\s*(?:-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga)\s*${CLOCK}$`);
const CLOCK_ONE = new RegExp(`^${CLOCK}$`);

/**
 * The message for a time of day written where the step's duration goes (`s` normalised as
 * parse.ts reads it), else null: a range of two clock times ("08.00 - 12.00"), or one written
 * with "pukul", a time zone, a colon or a leading zero ("08.00", "pukul 13.00", "10:30").
 */
export function clockTime(raw: string, s: string): string | null {
  const valid = (h: string, m: string) => Number(h) <= 23 && Number(m) <= 59;
  const range = CLOCK_RANGE.exec(s);
  if (range && valid(range[1]!, range[2]!) && valid(range[3]!, range[4]!)) {
    const minutes = Number(range[3]) * 60 + Number(range[4]) - (Number(range[1]) * 60 + Number(range[2]));
    const duration = minutes > 0 ? `waktu: "${formatMinutes(minutes)}" bila langkah ini memang berlangsung selama itu` : 'waktu: "15 menit"';
    return (
      `Waktu "${raw}" adalah jam pada hari itu (pukul ${range[1]}.${range[2]} sampai ${range[3]}.${range[4]}), bukan lama langkah ini; kolom Waktu berisi lamanya, yang dijumlahkan menjadi total waktu SOP. ` +
      `Tulis lamanya, misalnya ${duration}, dan tulis jamnya di keterangan, misalnya keterangan: "Pukul ${range[1]}.${range[2]} - ${range[3]}.${range[4]}".`
    );
  }
  const one = CLOCK_ONE.exec(s);
  if (one && valid(one[1]!, one[2]!) && (/pukul|pkl|jam|wib|wit|:/.test(s) || /^0\d/.test(one[1]!))) {
    return (
      `Waktu "${raw}" adalah jam pada hari itu (pukul ${one[1]}.${one[2]}), bukan lama langkah ini; kolom Waktu berisi lamanya, yang dijumlahkan menjadi total waktu SOP. ` +
      `Tulis lamanya, misalnya waktu: "15 menit", dan tulis jamnya di keterangan, misalnya keterangan: "Pukul ${one[1]}.${one[2]}".`
    );
  }
  return null;
}
