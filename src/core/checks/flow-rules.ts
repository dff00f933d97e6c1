/**
 * Rules on one SOP's flow: actors declared and used, decision branches valid, every step
 * reachable from the first and the end reachable from every step.
 */
import type { SopSource } from '../catalog/catalog';
import { canReachEnd, reachableFrom, END_NODE } from '../flow/graph';
import { error, warning, type CheckIssue } from './issue';
import { closest } from './suggest';

export function checkFlow(sop: SopSource): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  const actorIds = data.pelaksana.map((a) => a.id);
  const count = data.langkah.length;

  const seen = new Map<string, number>();
  data.pelaksana.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) {
      issues.push(
        error(file, `pelaksana[${i}].id`, `Id pelaksana "${a.id}" dipakai dua kali (juga di pelaksana[${first}]).`, 'Beri setiap pelaksana id yang berbeda.'),
      );
    } else seen.set(a.id, i);
  });

  data.langkah.forEach((step, i) => {
    const no = i + 1;
    if (!actorIds.includes(step.pelaksana)) {
      const guess = closest(step.pelaksana, actorIds);
      issues.push(
        error(
          file,
          `langkah[${i}].pelaksana`,
          `Pelaksana "${step.pelaksana}" pada langkah ke-${no} tidak ada di daftar pelaksana.` +
            (guess ? ` Maksud Anda "${guess}"?` : ''),
          `Gunakan salah satu id pelaksana: ${actorIds.join(', ')}; atau tambahkan pelaksana baru di bagian pelaksana.`,
        ),
      );
    }
    const d = step.keputusan;
    if (!d) return;
    if (no === 1 || no === count) {
      issues.push(
        error(
          file,
          `langkah[${i}].keputusan`,
          `Langkah ke-${no} adalah langkah ${no === 1 ? 'pertama' : 'terakhir'} (digambar sebagai terminator), jadi tidak boleh berupa keputusan.`,
          'Pindahkan keputusan ke langkah di antaranya, atau tambahkan langkah mulai/selesai.',
        ),
      );
    }
    for (const branch of ['ya', 'tidak'] as const) {
      const target = d[branch].ke;
      const path = `langkah[${i}].keputusan.${branch}.ke`;
      if (target === 'selesai') continue;
      if (target < 1 || target > count) {
        issues.push(
          error(file, path, `Cabang "${d[branch].label}" langkah ke-${no} menuju langkah ${target}, padahal SOP ini hanya punya ${count} langkah.`, `Tulis nomor langkah 1–${count} atau "selesai".`),
        );
      } else if (target === no) {
        issues.push(
          error(file, path, `Cabang "${d[branch].label}" langkah ke-${no} menuju dirinya sendiri.`, 'Arahkan cabang ke langkah lain (misalnya langkah sebelumnya untuk mengulang) atau "selesai".'),
        );
      }
    }
    if (d.ya.ke === d.tidak.ke) {
      issues.push(
        error(file, `langkah[${i}].keputusan`, `Kedua cabang keputusan langkah ke-${no} menuju tempat yang sama (${d.ya.ke}).`, 'Keputusan harus bercabang ke dua tujuan berbeda; bila tidak ada pilihan, hapus blok keputusan.'),
      );
    }
    if (d.ya.label.trim().toLowerCase() === d.tidak.label.trim().toLowerCase()) {
      issues.push(
        error(file, `langkah[${i}].keputusan`, `Kedua cabang keputusan langkah ke-${no} berlabel sama ("${d.ya.label}").`, 'Beri label berbeda, misalnya Ya/Tidak atau Layak/Tidak layak.'),
      );
    }
  });

  // Reachability only makes sense once every branch points inside the SOP.
  if (issues.some((x) => x.severity === 'error' && /\.ke$/.test(x.path))) return issues;
  const reachable = reachableFrom(data.langkah);
  const toEnd = canReachEnd(data.langkah);
  data.langkah.forEach((_, i) => {
    const no = i + 1;
    if (!reachable.has(no)) {
      issues.push(
        error(file, `langkah[${i}]`, `Langkah ke-${no} tidak dapat dicapai dari langkah pertama.`, 'Arahkan langkah sebelumnya atau salah satu cabang keputusan ke langkah ini, atau hapus langkah ini.'),
      );
    }
    if (!toEnd.has(no)) {
      issues.push(
        error(file, `langkah[${i}]`, `Dari langkah ke-${no} proses tidak pernah sampai ke akhir (terjebak dalam putaran).`, 'Pastikan salah satu cabang keputusan dalam putaran ini keluar menuju langkah berikutnya atau "selesai".'),
      );
    }
  });
  if (!reachable.has(END_NODE)) {
    issues.push(error(file, 'langkah', 'Akhir proses tidak dapat dicapai dari langkah pertama.', 'Periksa cabang-cabang keputusan.'));
  }
  if (data.langkah.every((s) => s.pelaksana === data.langkah[0]!.pelaksana) && data.pelaksana.length > 1) {
    issues.push(
      warning(file, 'pelaksana', 'Semua langkah dikerjakan satu pelaksana, padahal lebih dari satu pelaksana dideklarasikan.', 'Periksa kolom pelaksana setiap langkah, atau hapus pelaksana yang tidak dipakai.'),
    );
  }
  return issues;
}
