/**
 * NIK (Nomor Induk Kependudukan): 16 digits = region code (6: province, regency, district),
 * date of birth DDMMYY (6; women add 40 to the day), serial number (4).
 * Printed as the 16 digits without separators.
 */

export function nikDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Why a NIK is wrong (Indonesian, for the form), or null when it looks right. */
export function nikProblem(value: string): string | null {
  const d = nikDigits(value);
  if (!/^\d+$/.test(d)) return 'NIK hanya boleh berisi angka';
  if (d.length !== 16) return `NIK harus 16 angka (sekarang ${d.length} angka)`;
  const province = Number(d.slice(0, 2));
  let day = Number(d.slice(6, 8));
  const month = Number(d.slice(8, 10));
  if (province < 11) return 'NIK tidak benar: 2 angka pertama (kode provinsi) tidak dikenal';
  if (day > 40) day -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) {
    return 'NIK tidak benar: angka ke-7 sampai ke-12 harus tanggal lahir (HHBBTT)';
  }
  if (d.slice(12) === '0000') return 'NIK tidak benar: 4 angka terakhir tidak boleh 0000';
  return null;
}

export function isValidNik(value: string): boolean {
  return nikProblem(value) === null;
}

/** "3172 0112 3456 0001" -> "3172011234560001"; anything else is returned as typed. */
export function formatNik(value: string): string {
  const d = nikDigits(value);
  return /^\d{16}$/.test(d) ? d : value.trim();
}
