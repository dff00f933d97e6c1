import { describe, expect, it } from 'vitest';
import { rehypeNoFrontmatterExport } from '../../../src/integrations/rehype-no-frontmatter-export';

describe('rehypeNoFrontmatterExport', () => {
  it('empties the frontmatter that the MDX integration would export', () => {
    const file = { data: { astro: { frontmatter: { judul: 'Pelayanan Sintetis Nomor 1', langkah: [{ kegiatan: 'Menerima berkas' }] } } } };
    rehypeNoFrontmatterExport()(null, file);
    expect(file.data.astro.frontmatter).toEqual({});
  });

  it('leaves a file without Astro data as it is', () => {
    const file: { data: { astro?: { frontmatter?: Record<string, unknown> } } } = { data: {} };
    rehypeNoFrontmatterExport()(null, file);
    expect(file.data).toEqual({});
  });
});
