import { describe, expect, it } from 'vitest';
import { formatNip, isValidNip } from '../../../src/core/model/nip';
import { formatNik, isValidNik, nikProblem } from '../../../src/core/letters/nik';
import { letterHelpers } from '../../../src/core/letters/helpers';
import { checkFieldValue } from '../../../src/core/letters/validate-values';

describe('NIK', () => {
  it('accepts 16 digits with a plausible birth date (women: day + 40)', () => {
    expect(isValidNik('2172011203880001')).toBe(true);
    expect(isValidNik('2172015507900003')).toBe(true); // 15 Juli 1990, perempuan
    expect(isValidNik('2172 0112 0388 0001')).toBe(true);
  });

  it('says what is wrong', () => {
    expect(nikProblem('217201120388000')).toBe('NIK harus 16 angka (sekarang 15 angka)');
    expect(nikProblem('21720112038800011')).toMatch(/16 angka \(sekarang 17/);
    expect(nikProblem('2172O11203880001')).toBe('NIK hanya boleh berisi angka');
    expect(nikProblem('0172011203880001')).toMatch(/kode provinsi/);
    expect(nikProblem('2172013213880001')).toMatch(/tanggal lahir/); // month 13
    expect(nikProblem('2172013503880001')).toMatch(/tanggal lahir/); // day 35
    expect(nikProblem('2172011203880000')).toMatch(/0000/);
  });

  it('prints the 16 digits without separators', () => {
    expect(formatNik('2172 0112 0388 0001')).toBe('2172011203880001');
    expect(formatNik('12345')).toBe('12345');
  });
});

describe('NIP (model helpers reused)', () => {
  it('groups 18 digits as 8 6 1 3', () => {
    expect(formatNip('196707201993032008')).toBe('19670720 199303 2 008');
    expect(letterHelpers.formatNip('196707201993032008')).toBe('19670720 199303 2 008');
    expect(isValidNip('19670720 199303 2 008')).toBe(true);
    expect(isValidNip('19671320 199303 2 008')).toBe(false);
    expect(isValidNip('19670720 199303 3 008')).toBe(false);
  });

  it('gives Indonesian messages naming the field', () => {
    expect(checkFieldValue({ type: 'nip', label: 'NIP penanda tangan', required: true }, '1967072019930320')).toBe(
      'NIP penanda tangan harus 18 angka (sekarang 16 angka), mis. 19670720 199303 2 008',
    );
    expect(checkFieldValue({ type: 'nip', label: 'NIP', required: true }, '19670720 199303 5 008')).toMatch(/jenis kelamin/);
    expect(checkFieldValue({ type: 'nip', label: 'NIP', required: true }, '19670720-199303')).toMatch(/hanya boleh berisi angka/);
    expect(checkFieldValue({ type: 'nik', label: 'NIK klien', required: false }, '123')).toBe(
      'NIK klien harus 16 angka (sekarang 3 angka)',
    );
    expect(checkFieldValue({ type: 'nip_nik', label: 'NIP atau NIK', required: true }, '12345')).toBe(
      'NIP atau NIK harus NIP (18 angka) atau NIK (16 angka)',
    );
    expect(checkFieldValue({ type: 'nip_nik', label: 'NIP atau NIK', required: true }, '2172011203880001')).toBeNull();
    expect(checkFieldValue({ type: 'nip_nik', label: 'NIP atau NIK', required: true }, '19670720 199303 2 008')).toBeNull();
  });

  it('labels a NIP/NIK value by its length', () => {
    expect(letterHelpers.labelNipNik('19670720 199303 2 008')).toBe('NIP');
    expect(letterHelpers.labelNipNik('2172011203880001')).toBe('NIK');
    expect(letterHelpers.formatNipNik('196707201993032008')).toBe('19670720 199303 2 008');
  });
});
