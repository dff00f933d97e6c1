/**
 * A complaint channel as the public reads it on every service page ("WhatsApp 0812-...",
 * "E-mail: pengaduan@dinsos.go.id"): an e-mail address or WhatsApp link in it that cannot be
 * used is a mistake the public pays for, so it is named with what to write.
 */
import { EMAIL } from './email';

/** What is wrong with one channel, or null. */
export function complaintChannelProblem(channel: string): string | null {
  for (const m of channel.matchAll(/\S*@\S*/g)) {
    const address = m[0].replace(/^[("'<]+|[)"'>.;]+$/g, '').replace(/^mailto:/i, '');
    if (!EMAIL.test(address)) {
      return `Alamat e-mail "${address}" di saluran pengaduan tidak dapat dipakai (salah ketik?); tulis satu alamat lengkap seperti pengaduan@dinsos.contoh.go.id, tanpa spasi dan dengan titik, bukan koma, sebelum domain.`;
    }
  }
  const wa = /(?:https?:\/\/)?wa\.me\/(\+?)([\d\s-]*)/i.exec(channel);
  if (wa && (wa[1] || /^0|[\s-]/.test(wa[2]!.trim()))) {
    const digits = wa[2]!.replace(/\D/g, '').replace(/^0/, '62');
    return `Tautan WhatsApp "${wa[0].trim()}" tidak terbuka: wa.me memakai nomor dengan kode negara 62 tanpa 0 di depan, tanpa "+", spasi atau tanda hubung. Tulis https://wa.me/${digits || '62812...'}.`;
  }
  return null;
}
