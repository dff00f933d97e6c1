/**
 * Numbers in Indonesian words (terbilang) and money in rupiah, as letters write them:
 * "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)", "1 (satu) berkas".
 */

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const SCALES: [bigint, string][] = [
  [1_000_000_000_000n, 'triliun'],
  [1_000_000_000n, 'miliar'],
  [1_000_000n, 'juta'],
];
/** Largest number we write out: 999 triliun 999 ... (fits a double exactly). */
export const TERBILANG_MAX = 999_999_999_999_999;

function below1000(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(ONES[hundreds]!, 'ratus');
  if (rest === 0) return words.join(' ');
  if (rest < 10) words.push(ONES[rest]!);
  else if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest < 20) words.push(ONES[rest - 10]!, 'belas');
  else {
    words.push(ONES[Math.floor(rest / 10)]!, 'puluh');
    if (rest % 10) words.push(ONES[rest % 10]!);
  }
  return words.join(' ');
}

function below1000000(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (thousands === 1) words.push('seribu');
  else if (thousands > 1) words.push(below1000(thousands), 'ribu');
  if (rest) words.push(below1000(rest));
  return words.join(' ');
}

/** Whole number in words: 2500015 -> "dua juta lima ratus ribu lima belas". */
export function terbilang(value: number | bigint): string {
  const n = typeof value === 'bigint' ? value : BigInt(checkedInteger(value));
  if (n < 0n) return 'minus ' + terbilang(-n);
  if (n > BigInt(TERBILANG_MAX)) throw new RangeError(`Angka terlalu besar untuk ditulis dengan kata: ${n}`);
  if (n === 0n) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const [scale, name] of SCALES) {
    const count = rest / scale;
    if (count > 0n) words.push(below1000000(Number(count)), name);
    rest %= scale;
  }
  if (rest > 0n) words.push(below1000000(Number(rest)));
  return words.join(' ');
}

function checkedInteger(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Bukan bilangan bulat: ${value}`);
  return value;
}

/** 1500000 -> "1.500.000" (dots group thousands in Indonesian). */
export function formatAngka(value: number): string {
  const n = checkedInteger(value);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + digits;
}

/** 1500000 -> "Rp1.500.000,00". */
export function formatRupiah(value: number): string {
  return `Rp${formatAngka(value)},00`;
}

/** 1500000 -> "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)". */
export function rupiahTerbilang(value: number): string {
  return `${formatRupiah(value)} (${terbilang(value)} rupiah)`;
}

/** (1, "berkas") -> "1 (satu) berkas"; (3, "orang") -> "3 (tiga) orang". */
export function jumlahSatuan(value: number, unit: string): string {
  const text = `${formatAngka(value)} (${terbilang(value)})`;
  return unit ? `${text} ${unit}` : text;
}

/**
 * Reads a whole number typed by a person: "12", "1.500.000", "1 500 000", "Rp 1.500.000,00".
 * Returns null when it is not a whole number of at most 15 digits.
 */
export function parseAngka(input: string): number | null {
  let s = input.trim().replace(/^rp\.?\s*/i, '');
  s = s.replace(/,0{1,2}$/, '');
  if (!/^\d{1,3}([.\s]\d{3})*$|^\d+$/.test(s)) return null;
  const digits = s.replace(/[.\s]/g, '');
  if (digits.length > 15) return null;
  return Number(digits);
}
