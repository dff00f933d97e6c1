/**
 * Search precision: single letters and stray fragments never make a hit. The page
 * texts below are as Pagefind returns them (content + the word positions it matched).
 */
import { describe, expect, it } from 'vitest';
import { hitCountText, isRealHit, normalizeWord, searchQuery, searchTerms, wordMatchesTerm } from '../../../src/core/site/search-terms';

describe('query words', () => {
  it('drops single letters and punctuation, keeps words and numbers', () => {
    expect(searchTerms('  Eks   NAPI ')).toEqual(['eks', 'napi']);
    expect(searchTerms('x')).toEqual([]);
    expect(searchTerms('F. -- ;')).toEqual([]);
    expect(searchTerms('3 x 24 jam')).toEqual(['3', '24', 'jam']);
    expect(searchQuery('a b (pemulangan)')).toBe('pemulangan');
    expect(normalizeWord('(Trafficking).')).toBe('trafficking');
  });
});

describe('hits', () => {
  // Around "3 x 24 Jam" in the provincial SOP: Pagefind matched word 2, "x", for "xyzzy".
  const jam = 'Pelayanan dalam 3 x 24 Jam. sejak klien diterima';
  // An initial in a name: Pagefind matched "F." for "foobar".
  const initial = 'Disahkan oleh Hj. F. Rahmawati sebagai kepala';

  it('a stray fragment of the query word is not a hit', () => {
    expect(isRealHit(jam, [3], ['xyzzy'])).toBe(false);
    expect(isRealHit(initial, [3], ['foobar'])).toBe(false);
    expect(wordMatchesTerm('x', 'xyzzy')).toBe(false);
    expect(wordMatchesTerm('foo', 'foobar')).toBe(false);
    expect(wordMatchesTerm('Jam.', 'jamkesda')).toBe(false);
  });

  it('the word itself, a longer form or a stem is a hit', () => {
    expect(isRealHit('Proses (Pemulangan) klien', [1], ['pemulangan'])).toBe(true);
    expect(isRealHit('Proses (Pemulangan) klien', [1], ['pulang'])).toBe(true);
    expect(isRealHit('klien pulang ke daerah asal', [1], ['pulangkan'])).toBe(true);
    expect(isRealHit(jam, [2, 4], ['3', '24'])).toBe(true);
  });

  it('every query word must be found: nonsense next to a real word is no hit', () => {
    const text = 'Proses pemulangan klien dalam 3 x 24 Jam.';
    expect(isRealHit(text, [1, 5], ['xyzzy', 'pemulangan'])).toBe(false);
    expect(isRealHit(text, [1, 7], ['pemulangan', 'jam'])).toBe(true);
  });

  it('with no query words (filters only) every hit stands', () => {
    expect(isRealHit(jam, [], [])).toBe(true);
  });
});

describe('the count of hits', () => {
  it('names services and SOPs by kind', () => {
    expect(hitCountText(['/sop/a/', '/sop/b/'])).toBe('2 SOP');
    expect(hitCountText(['/layanan/a/'])).toBe('1 layanan');
    expect(hitCountText(['/layanan/a/', '/sop/a/', '/sop/b/'])).toBe('1 layanan dan 2 SOP');
  });
});
