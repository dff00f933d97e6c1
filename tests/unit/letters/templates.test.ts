/**
 * Every letter template, compiled the way the site compiles it, rendered with sample data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { isGroupField } from '../../../src/core/letters/field-types';
import { initialValues, type GroupItem } from '../../../src/core/letters/form-values';
import { buildLetterContext } from '../../../src/core/letters/letter-context';
import { validateLetterValues } from '../../../src/core/letters/validate-values';
import { agencySchema, type Agency } from '../../../src/core/model/agency';
import { letterTemplateIds, readLetterTemplates } from '../../../src/node/letter-template-files';
import { loadLetters, type LoadedLetters } from '../../../testkit/letter-render';
import { expectationsFor, sampleValues } from '../../../testkit/letter-samples';
import { ROOT } from '../../../testkit/paths';

const TEMPLATE_DIR = resolve(ROOT, 'letter-templates');

function loadAgency(id: string): Agency {
  return agencySchema.parse(parseYaml(readFileSync(resolve(ROOT, 'sops/_data/instansi', `${id}.yaml`), 'utf8')));
}

/** Text a reader sees: tags removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&#x3D;/g, '=')
    .replace(/&middot;/g, '·')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\n]+/g, ' ');
}

let letters: LoadedLetters;
let tanjungpinang: Agency;
let provinsi: Agency;

beforeAll(async () => {
  letters = await loadLetters(TEMPLATE_DIR);
  tanjungpinang = loadAgency('dinsos-tanjungpinang');
  provinsi = loadAgency('dinsos-provinsi');
});

describe('the set of templates', () => {
  it('has the seven letters named by the sample SOPs and the two monitoring and evaluation forms, each with its title and kind from its header', () => {
    expect(readLetterTemplates(TEMPLATE_DIR).map((t) => [t.meta.id, t.meta.judul, t.meta.jenis])).toEqual([
      ['berita-acara-evaluasi-sop', 'Berita Acara Evaluasi SOP', 'formulir'],
      ['berita-acara-serah-terima', 'Berita Acara Serah Terima Klien', 'berita-acara'],
      ['monitoring-pelaksanaan-sop', 'Monitoring Pelaksanaan SOP AP', 'formulir'],
      ['pemulangan-orang-terlantar', 'Surat Pemulangan Orang Terlantar', 'surat-dinas'],
      ['penitipan-panti', 'Surat Penitipan Klien', 'surat-dinas'],
      ['rekomendasi-bantuan-pemulangan', 'Surat Rekomendasi Permohonan Bantuan Pemulangan', 'surat-dinas'],
      ['rekomendasi-jamkesda', 'Surat Rekomendasi Jamkesda', 'surat-dinas'],
      ['rujukan-pendampingan-kesehatan', 'Surat Rujukan Pendampingan Kesehatan', 'surat-dinas'],
      ['surat-tugas', 'Surat Tugas', 'surat-tugas'],
    ]);
  });

  it('uses no unescaped output anywhere, partials included', () => {
    const files = [
      ...readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.hbs')),
      ...readdirSync(resolve(TEMPLATE_DIR, 'partials')).map((f) => `partials/${f}`),
    ];
    expect(files.length).toBeGreaterThan(7);
    for (const f of files) expect(readFileSync(resolve(TEMPLATE_DIR, f), 'utf8'), f).not.toMatch(/\{\{\{|\{\{~?\s*&/);
  });

  it('ships precompiled functions only: no compiler, no eval, no new Function', () => {
    expect(letters.code).toMatch(/"compiler":\[8,">= 4\.3\.0"\]/);
    expect(letters.code).not.toMatch(/\beval\s*\(|new Function|Function\(/);
    expect(letters.code).not.toMatch(/^import /m);
  });
});

describe.each(letterTemplateIds(TEMPLATE_DIR).map((id) => [id]))('template %s', (id) => {
  it('renders every sample value, formatted, for the Tanjungpinang office', () => {
    const { meta } = letters.templates[id]!;
    const values = sampleValues(meta);
    expect(validateLetterValues(meta, values)).toEqual([]);
    const html = letters.renderer.render(id, buildLetterContext(meta, tanjungpinang, values));
    const text = htmlToText(html);
    const missing = expectationsFor(meta, values).filter(({ texts }) => !texts.some((t) => text.includes(t)));
    expect(missing).toEqual([]);
    expect(text).toContain('Dinas Sosial Kota Tanjungpinang');
    // The monitoring form has no number.
    if (meta.id !== 'monitoring-pelaksanaan-sop') expect(text).toContain('400.9/15/5.6.04/2024');
    expect(html).not.toContain('surat-penanda--kosong');
    // Unknown facts of the profile stay visibly marked, never invented.
    expect(html).toContain('<span class="surat-penanda surat-penanda--isi">[ISI: alamat kantor]</span>');
    expect(html).toContain('[ISI: logo instansi]');
  });

  it('prints place and date once: top right in a surat dinas, above the signature in a surat tugas', () => {
    const { meta } = letters.templates[id]!;
    const text = htmlToText(letters.renderer.render(id, buildLetterContext(meta, tanjungpinang, sampleValues(meta))));
    const dated = text.split('Tanjungpinang, 4 Maret 2024').length - 1;
    if (meta.jenis === 'berita-acara' || meta.id === 'berita-acara-evaluasi-sop') {
      expect(dated).toBe(0); // the date is written out in words in the opening sentence
      return;
    }
    expect(dated).toBe(1);
    const at = text.indexOf('Tanjungpinang, 4 Maret 2024');
    if (meta.jenis === 'surat-dinas') expect(at).toBeLessThan(text.indexOf('Nomor'));
    else expect(at).toBeGreaterThan(text.indexOf('Untuk'));
  });

  it('marks every empty required field in the preview instead of printing nothing', () => {
    const { meta } = letters.templates[id]!;
    const values = initialValues(meta, provinsi, '2024-03-04');
    const html = letters.renderer.render(id, buildLetterContext(meta, provinsi, values));
    const shownEmpty = new Set([...html.matchAll(/surat-penanda--kosong">\[([^\]]+)\]/g)].map((m) => m[1]));
    const usedInLetter = meta.fields.filter((f) => !isGroupField(f) && f.required && !values[f.name]);
    expect(usedInLetter.length).toBeGreaterThan(0);
    for (const f of usedInLetter) expect(shownEmpty, f.name).toContain(f.label);
    if (meta.id !== 'monitoring-pelaksanaan-sop') expect(html).toContain('[ISI: kode unit]');
  });

  it('escapes markup typed into any field', () => {
    const { meta } = letters.templates[id]!;
    const values = sampleValues(meta);
    const payload = '<img src=x onerror=alert(1)>"\'`=&';
    for (const field of meta.fields) {
      if (isGroupField(field)) {
        values[field.name] = (values[field.name] as GroupItem[]).map((item) =>
          Object.fromEntries(Object.keys(item).map((k) => [k, payload])),
        );
      } else if (field.type !== 'select') {
        values[field.name] = payload;
      }
    }
    const html = letters.renderer.render(id, buildLetterContext(meta, tanjungpinang, values));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/onerror=/);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&quot;&#x27;&#x60;&#x3D;&amp;');
  });
});

describe('wording of a surat dinas (Tata Naskah Dinas)', () => {
  it('Lampiran 0 prints "-", a two-line recipient keeps its lines after "Yth.", a.n. is punctuated', () => {
    const { meta } = letters.templates['rekomendasi-jamkesda']!;
    const values = { ...sampleValues(meta), lampiran: '0', tujuan: 'Kepala Dinas Kesehatan\nKota Tanjungpinang' };
    const html = letters.renderer.render('rekomendasi-jamkesda', buildLetterContext(meta, tanjungpinang, values));
    expect(htmlToText(html)).toContain('Lampiran : - Hal');
    expect(html).toContain(
      '<p class="surat-tujuan__yth"><span class="surat-tujuan__sapaan">Yth.</span><span class="surat-tujuan__nama">Kepala Dinas Kesehatan<br>Kota Tanjungpinang</span></p>',
    );
    expect(html).toContain('a.n. Kepala Dinas Sosial Kota Tanjungpinang,<br>Kepala Bidang Rehabilitasi Sosial,');
  });
});
