import { describe, expect, it } from 'vitest';
import { parseWaktu } from '../../../src/core/waktu/parse';
import { formatMinutes, formatRange } from '../../../src/core/waktu/format';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { MINUTES_PER } from '../../../src/core/waktu/units';

function range(text: string): [number, number] {
  const r = parseWaktu(text);
  if (!r.ok || !r.waktu) throw new Error(`not parsed: ${text}`);
  return [r.waktu.min, r.waktu.max];
}

describe('parseWaktu: every form found in the seeds', () => {
  it.each([
    ['15 menit', 15, 15],
    ['5 Menit', 5, 5],
    ['30 – 60 menit', 30, 60],
    ['30-60 menit', 30, 60],
    ['3-7 hari', 3 * 1440, 7 * 1440],
    ['3 x 24 Jam', 72 * 60, 72 * 60],
    ['1Jam', 60, 60],
    ['1 Jam', 60, 60],
    ['2 minggu', 2 * 7 * 1440, 2 * 7 * 1440],
    ['6 bulan', 6 * 30 * 1440, 6 * 30 * 1440],
  ])('%s', (text, min, max) => {
    expect(range(text)).toEqual([min, max]);
  });

  it('adds compound times and decimal commas', () => {
    expect(range('1 jam 30 menit')).toEqual([90, 90]);
    expect(range('1,5 jam')).toEqual([90, 90]);
    expect(range('2 hari kerja')).toEqual([2880, 2880]);
    expect(range('5 HK')).toEqual([5 * 1440, 5 * 1440]);
  });

  it('reads an upper bound as the time itself, as service standards write it', () => {
    expect(range('maks. 15 menit')).toEqual([15, 15]);
    expect(range('Maksimal 2 jam')).toEqual([120, 120]);
    expect(range('paling lama 3 hari')).toEqual([3 * 1440, 3 * 1440]);
    expect(range('selambat-lambatnya 14 hari kerja')).toEqual([14 * 1440, 14 * 1440]);
    expect(range('15 menit (maksimal)')).toEqual([15, 15]);
  });

  it('treats "-" and empty as not stated', () => {
    expect(parseWaktu('-')).toEqual({ ok: true, waktu: null });
    expect(parseWaktu('')).toEqual({ ok: true, waktu: null });
  });

  it('rejects what it cannot read, with an Indonesian hint', () => {
    for (const bad of ['sebentar', 'i G', '60 - 30 menit', '5 detik']) {
      const r = parseWaktu(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Tulis waktu seperti|terbalik|ditulis dengan detik/);
    }
  });

  it('documents the calendar rule: 1 hari = 24 jam, 1 minggu = 7 hari, 1 bulan = 30 hari', () => {
    expect(MINUTES_PER.hari).toBe(24 * MINUTES_PER.jam);
    expect(MINUTES_PER.minggu).toBe(7 * MINUTES_PER.hari);
    expect(MINUTES_PER.bulan).toBe(30 * MINUTES_PER.hari);
  });
});

describe('formatting durations in Indonesian', () => {
  it('writes hours and minutes, or days when asked', () => {
    expect(formatMinutes(76 * 60 + 15)).toBe('76 jam 15 menit');
    expect(formatMinutes(76 * 60 + 15, 'hari')).toBe('3 hari 4 jam 15 menit');
    expect(formatMinutes(0)).toBe('0 menit');
    expect(formatRange(80, 80)).toBe('1 jam 20 menit');
    expect(formatRange(75, 105)).toBe('1 jam 15 menit – 1 jam 45 menit');
  });
});

describe('totalWaktu along the main path', () => {
  const step = (waktu: string, keputusan?: { ya: { label: string; ke: number | 'selesai' }; tidak: { label: string; ke: number | 'selesai' } }) => ({ waktu, keputusan });

  it('sums the Tanjungpinang flow as a range written in days', () => {
    const t = totalWaktu([step('15 menit'), step('30 menit'), step('30 – 60 menit'), step('3-7 hari')]);
    expect([t.min, t.max]).toEqual([75 + 3 * 1440, 105 + 7 * 1440]);
    expect(t.text).toBe('3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit');
  });

  it('keeps hours when no step is written in days ("3 x 24 Jam" stays hours)', () => {
    const t = totalWaktu([step('5 menit'), step('3 x 24 Jam'), step('1 Jam'), step('10 menit')]);
    expect(t.text).toBe('73 jam 15 menit');
  });

  it('follows "ya" branches, skips "tidak", and lists steps without a stated time', () => {
    const steps = [
      step('10 menit'),
      step('-', { ya: { label: 'Layak', ke: 4 }, tidak: { label: 'Tidak', ke: 'selesai' } }),
      step('5 jam'), // skipped by the ya branch
      step('20 menit'),
    ];
    const t = totalWaktu(steps);
    expect(t.path).toEqual([1, 2, 4]);
    expect(t.unstated).toEqual([2]);
    expect(t.min).toBe(30);
  });

  it('does not loop forever on a branch back: takes the other branch', () => {
    const steps = [
      step('10 menit'),
      step('5 menit'),
      step('5 menit', { ya: { label: 'Kurang', ke: 2 }, tidak: { label: 'Lengkap', ke: 4 } }),
      step('1 jam'),
    ];
    const t = totalWaktu(steps);
    expect(t.path).toEqual([1, 2, 3, 4]);
    expect(t.min).toBe(80);
  });
});
