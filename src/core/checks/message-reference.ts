/**
 * The reference page of every message the checker gives (docs/pesan-pemeriksa.md), written from
 * messages.ts so it cannot drift: `npm run docs:pesan` writes it, a unit test compares it.
 */
import { MESSAGES, type MessageDef } from './messages';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function messageReference(): string {
  const defs = Object.values(MESSAGES) as MessageDef<unknown>[];
  const section = (severity: 'error' | 'warning', title: string, intro: string) => {
    const rows = defs
      .filter((d) => d.severity === severity)
      .map((d) => `| \`${d.code}\` | ${cell(d.when)} | ${cell(d.message(d.example))} | ${cell(d.fix(d.example))} |`);
    return [`## ${title}`, '', intro, '', '| kode | kapan | contoh pesan | perbaikan |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
  };
  return [
    '# Pesan pemeriksa SOP',
    '',
    'Setiap kesalahan dan peringatan yang dapat diberikan `npm run check` (juga saat `npm run build`,',
    '`npm run dev` dan di penyunting), dengan contoh pesan dan perbaikannya. Halaman ini dibuat dari',
    '`src/core/checks/messages.ts` dengan `npm run docs:pesan`; jangan disunting dengan tangan.',
    '',
    'Setiap pesan dicetak dengan berkas, baris dan kolomnya, misalnya:',
    '',
    '```',
    'KESALAHAN sops/tanjungpinang/penanganan-eks-narapidana.mdx:79 — langkah[2].pelaksana',
    '  Pelaksana "kabid-rehab" pada langkah ke-3 tidak ada di daftar pelaksana. Maksud Anda "kabid-rehabilitasi"?',
    '  Perbaiki: Gunakan salah satu id pelaksana: staf-adm, kabid-rehabilitasi; atau tambahkan pelaksana baru di bagian pelaksana.',
    '```',
    '',
    section('error', 'Kesalahan (KESALAHAN)', 'Menghentikan `npm run check` dan penerbitan sampai diperbaiki; di penyunting, menahan penyimpanan.'),
    section('warning', 'Peringatan (PERINGATAN)', 'Tidak menghentikan penerbitan; baca dan tindak lanjuti.'),
  ].join('\n');
}
