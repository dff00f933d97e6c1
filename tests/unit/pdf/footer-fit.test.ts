import { describe, expect, it } from 'vitest';
import { fitFooterLeft } from '../../../src/core/pdf/footer-fit';

/** A monospaced stand-in: every character is half the font size wide. */
const width = (text: string, size: number) => text.length * size * 0.5;

describe('the PDF footer nomor', () => {
  it('stays as it is when it fits beside the page count', () => {
    expect(fitFooterLeft('Nomor SOP: 462/10/5.6.04/2024', 200, width)).toEqual({ text: 'Nomor SOP: 462/10/5.6.04/2024', size: 8 });
  });

  it('is set smaller when it is a little too long', () => {
    // 40 characters at 8 pt = 160 pt; 140 pt available -> 7 pt (140 pt).
    expect(fitFooterLeft('x'.repeat(40), 140, width)).toEqual({ text: 'x'.repeat(40), size: 7 });
  });

  it('is shortened with "..." below the smallest legible size, never over the page count', () => {
    const fit = fitFooterLeft('Nomor SOP: ' + '462/10/5.6.04/'.repeat(10) + '2024', 100, width);
    expect(fit.size).toBe(5.5);
    expect(fit.text.endsWith('...')).toBe(true);
    expect(width(fit.text, fit.size)).toBeLessThanOrEqual(100);
    expect(fit.text).toBe('Nomor SOP: 462/10/5.6.04/462/10/5...');
  });
});
