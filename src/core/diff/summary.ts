/** One Indonesian sentence that sums up a list of changes, for readers who skip the detail. */
import type { SopChange, SopChangeKind } from './changes';

const PHRASES: [kinds: SopChangeKind[], phrase: (n: number) => string][] = [
  [['field', 'field-items'], (n) => `${n} isian identitas diubah`],
  [['actor-added'], (n) => `${n} pelaksana ditambah`],
  [['actor-removed'], (n) => `${n} pelaksana dihapus`],
  [['actor-renamed'], (n) => `${n} pelaksana diganti nama`],
  [['actor-order'], () => 'urutan kolom pelaksana diubah'],
  [['step-added'], (n) => `${n} langkah ditambah`],
  [['step-removed'], (n) => `${n} langkah dihapus`],
  [['step-moved'], (n) => `${n} langkah dipindah`],
  [['step-changed'], (n) => `${n} langkah diubah`],
  [['total'], () => 'total waktu berubah'],
  [['narrative'], (n) => `${n} bagian narasi diubah`],
];

/** "1 isian identitas diubah, 1 langkah ditambah dan total waktu berubah." or "Tidak ada perubahan." */
export function changeSummary(changes: readonly SopChange[]): string {
  const parts = PHRASES.flatMap(([kinds, phrase]) => {
    const n = changes.filter((c) => kinds.includes(c.kind)).length;
    return n ? [phrase(n)] : [];
  });
  if (parts.length === 0) return 'Tidak ada perubahan.';
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1]}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
