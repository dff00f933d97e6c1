/**
 * The site built from sops/ (tests/setup/build-site.ts) has every page and agrees with the sources
 * read by src/node/load-sources.ts; formatted text (dates, NIP, total time, regulation titles) is
 * written out for the sample SOPs in tests/support/sample-sops.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencySource, Catalog, SopSource } from '../../src/core/catalog/catalog';
import { ACRONYMS, spellings } from '../../src/core/glossary/acronyms';
import { citationId, regulationShortTitle } from '../../src/core/model/regulation';
import { loadSources } from '../../src/node/load-sources';
import { ROOT } from '../../testkit/paths';
import { regulationTitleOf, sampleSop } from '../support/sample-sops';
import { norm, openSiteDom, type SiteDom } from './site-dom';

let catalog: Catalog;
let dom: SiteDom;

beforeAll(async () => {
  catalog = loadSources(ROOT).catalog;
  dom = await openSiteDom();
});
afterAll(async () => {
  await dom?.close();
});

function agencyOf(sop: SopSource): AgencySource {
  return catalog.agencies.get(sop.data.instansi)!;
}

describe('the sample content', () => {
  it('has SOPs, agencies and regulations to publish', () => {
    expect(catalog.sops.length).toBeGreaterThan(0);
    expect(catalog.agencies.size).toBeGreaterThan(0);
    expect(catalog.regulations.size).toBeGreaterThan(0);
  });
});

describe('SOP pages', () => {
  it('exist for every SOP, in Indonesian, titled with the judul, status and nomor', async () => {
    for (const sop of catalog.sops) {
      await dom.open(`/sop/${sop.id}/`);
      expect(await dom.attrs('html', 'lang')).toEqual(['id']);
      expect(await dom.text('h1'), sop.id).toBe(norm(sop.data.judul));
      expect(await dom.attrs('.sop-header .status', 'data-status')).toEqual([sop.data.status]);
      expect(await dom.text('.sop-header__nomor')).toBe(`Nomor SOP: ${norm(sop.data.nomor)}`);
      expect(await dom.attrs('a.sop-pdf-link', 'href')).toEqual([`/pdf/${sop.id}.pdf`]);
      expect(await dom.text('.sop-pdf-link')).toMatch(/^Unduh PDF/);
    }
  });

  it('show the SOP AP identity block from the frontmatter and the agency', async () => {
    for (const sop of catalog.sops) {
      const { data } = sop;
      const agency = agencyOf(sop).data;
      await dom.open(`/sop/${sop.id}/`);
      const rows = await dom.rowMap('.sop-identity__table tr');
      expect([...rows.keys()], sop.id).toEqual([
        'Nomor SOP',
        'Tanggal Pembuatan',
        'Tanggal Revisi',
        data.tanggal.label_efektif,
        'Disahkan oleh',
        'Nama SOP',
      ]);
      expect(rows.get('Nomor SOP')).toBe(norm(data.nomor));
      const sample = sampleSop(sop.id);
      expect(rows.get('Tanggal Pembuatan')).toBe(sample.pembuatan);
      expect(rows.get('Tanggal Revisi')).toBe(sample.revisi);
      expect(rows.get(data.tanggal.label_efektif)).toBe(sample.efektif);
      expect(rows.get('Nama SOP')).toBe(norm(data.judul));
      const signer = data.disahkan_oleh ?? agency.kepala;
      const signed = rows.get('Disahkan oleh')!;
      for (const part of [signer.jabatan, signer.nama!, sample.nip]) expect(signed).toContain(norm(part));
      expect(await dom.text('.sop-identity__instansi')).toBe(norm(agency.nama));
      expect(await dom.text('.sop-identity__pemerintah')).toBe(norm(agency.pemerintah!));
    }
  });

  it('fill the two-column grid with numbered lists, "-" when empty, regulations and related SOPs linked', async () => {
    for (const sop of catalog.sops) {
      const { data } = sop;
      await dom.open(`/sop/${sop.id}/`);
      expect(await dom.texts('.sop-identity__cell h3')).toEqual([
        'Dasar Hukum',
        'Kualifikasi Pelaksana',
        'Keterkaitan',
        'Peralatan/Perlengkapan',
        'Peringatan',
        'Pencatatan dan Pendataan',
      ]);
      expect(await dom.attrs('#identitas-dasar-hukum li a', 'href')).toEqual(data.dasar_hukum.map((c) => `/dasar-hukum/${citationId(c)}/`));
      expect(await dom.texts('#identitas-dasar-hukum li')).toEqual(
        data.dasar_hukum.map((c) => norm(regulationTitleOf(citationId(c)))),
      );
      const lists: [string, string[]][] = [
        ['kualifikasi', data.kualifikasi_pelaksana],
        ['peralatan', data.peralatan],
        ['peringatan', data.peringatan],
        ['pencatatan', data.pencatatan],
      ];
      for (const [cell, items] of lists) {
        expect(await dom.texts(`#identitas-${cell} li`), `${sop.id} ${cell}`).toEqual(items.map(norm));
        expect(await dom.count(`#identitas-${cell} .empty-cell`)).toBe(items.length === 0 ? 1 : 0);
      }
      const related = data.keterkaitan;
      expect(await dom.count('#identitas-keterkaitan li')).toBe(related.length);
      expect(await dom.attrs('#identitas-keterkaitan li a', 'href')).toEqual(
        related.flatMap((r) => (typeof r === 'string' ? [] : [`/sop/${r.sop}/`])),
      );
    }
  });

  it('draw every step in its actor\'s lane, with Mutu Baku, decisions and letters', async () => {
    for (const sop of catalog.sops) {
      const { data } = sop;
      await dom.open(`/sop/${sop.id}/`);
      const headers = await dom.texts('.sop-steps thead th');
      for (const label of [data.label_kegiatan, data.mutu_baku.kelengkapan, data.mutu_baku.waktu, data.mutu_baku.output, ...data.pelaksana.map((p) => p.label)]) {
        expect(headers, sop.id).toContain(label);
      }
      const rows = await dom.page.$$eval('.sop-steps tr[data-step]', (trs) =>
        trs.map((tr) => {
          const text = (sel: string) => (tr.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const symbol = tr.querySelector(`[data-symbol-id="s${tr.getAttribute('data-step')}"]`);
          return {
            no: text('th'),
            kegiatan: text('.swl-kegiatan .swl-text'),
            decision: text('.swl-decision'),
            lane: symbol?.closest('td')?.getAttribute('data-col') ?? null,
            kelengkapan: text('.swl-kelengkapan .swl-text'),
            waktu: text('.swl-waktu .swl-text'),
            output: text('.swl-output .swl-text'),
            letters: [...tr.querySelectorAll('.swl-output a')].map((a) => a.getAttribute('href')),
          };
        }),
      );
      expect(rows.length, sop.id).toBe(data.langkah.length);
      const lane = new Map(data.pelaksana.map((p, i) => [p.id, String(i)]));
      const orDash = (v: string) => (v.trim() === '' ? '-' : norm(v));
      data.langkah.forEach((step, i) => {
        const row = rows[i]!;
        expect(row.no).toBe(String(i + 1));
        expect(row.kegiatan).toBe(norm(step.kegiatan));
        expect(row.lane, `${sop.id} langkah ${i + 1}`).toBe(lane.get(step.pelaksana as string));
        expect(row.kelengkapan).toBe(orDash(step.kelengkapan));
        expect(row.waktu).toBe(orDash(step.waktu));
        expect(row.output).toBe(orDash(step.output));
        expect(row.letters).toEqual(
          step.surat.map((t) => `/surat/${t}/?instansi=${data.instansi}&sop=${encodeURIComponent(sop.id)}`),
        );
        if (step.keputusan) {
          for (const b of [step.keputusan.ya, step.keputusan.tidak]) {
            expect(row.decision).toMatch(b.ke === 'selesai' ? `${b.label}: selesai` : new RegExp(`${b.label}: (kembali )?ke langkah ${b.ke}\\b`));
          }
        } else expect(row.decision).toBe('');
      });
      const expectedLetters = data.langkah.flatMap((step) =>
        step.surat.map((t) => `/surat/${t}/?instansi=${data.instansi}&sop=${encodeURIComponent(sop.id)}`),
      );
      expect(await dom.attrs('.sop-letters a', 'href')).toEqual(expectedLetters);
    }
  });

  it('show the total time of the main path, the steps not counted and the total of the document', async () => {
    for (const sop of catalog.sops) {
      const { data } = sop;
      const { total } = sampleSop(sop.id);
      await dom.open(`/sop/${sop.id}/`);
      if (total.shown) {
        expect(await dom.attrs('.sop-total [data-total-min]', 'data-total-min')).toEqual([String(total.min)]);
        expect(await dom.attrs('.sop-total [data-total-max]', 'data-total-max')).toEqual([String(total.max)]);
        expect(await dom.text('.sop-total__value')).toBe(total.text);
      }
      expect(await dom.attrs('.sop-total__unstated', 'data-unstated')).toEqual(
        total.unstated.length ? [total.unstated.join(' ')] : [],
      );
      if (data.waktu_total_dokumen) {
        expect(await dom.text('.sop-total__document')).toBe(`Tercantum di dokumen: ${norm(data.waktu_total_dokumen)}`);
      } else expect(await dom.count('.sop-total__document')).toBe(0);
    }
  });

  it('write the narrative: A. Dasar Hukum and B. Sasaran Objek, then the MDX body', async () => {
    for (const sop of catalog.sops) {
      await dom.open(`/sop/${sop.id}/`);
      const headings = await dom.texts('.sop-narrative h2');
      const bodyHeadings = [...sop.body.matchAll(/^##\s+(.+)$/gm)].map((m) => norm(m[1]!));
      expect(headings, sop.id).toEqual(['A. Dasar Hukum', 'B. Sasaran Objek', ...bodyHeadings]);
      expect(await dom.attrs('.sop-narrative > ol a', 'href')).toEqual(sop.data.dasar_hukum.map((c) => `/dasar-hukum/${citationId(c)}/`));
      expect(await dom.text('#uraian-sasaran + p')).toBe(norm(sop.data.sasaran));
    }
  });

  it('show the revision history and the next review date', async () => {
    for (const sop of catalog.sops) {
      await dom.open(`/sop/${sop.id}/`);
      expect(await dom.texts('.sop-revisions__date')).toEqual(sampleSop(sop.id).revisions);
      expect(await dom.text('.sop-revisions__next')).toBe(sampleSop(sop.id).tinjauUlang);
    }
  });

  it('index the filters agency, bidang, sasaran, pelaksana and dasar hukum', async () => {
    for (const sop of catalog.sops) {
      const { data } = sop;
      await dom.open(`/sop/${sop.id}/`);
      const filter = (key: string) => dom.texts(`[data-pagefind-filter="${key}"]`);
      expect(await filter('instansi')).toEqual([norm(agencyOf(sop).data.nama)]);
      expect(await filter('bidang')).toEqual([data.bidang]);
      expect(await filter('sasaran')).toEqual([norm(data.sasaran)]);
      expect(await filter('pelaksana')).toEqual([...new Set(data.pelaksana.map((p) => p.label))]);
      expect(await filter('dasar_hukum')).toEqual(
        data.dasar_hukum.map((c) => regulationShortTitle(catalog.regulations.get(citationId(c))!)),
      );
      expect(await dom.attrs('[data-pagefind-body]', 'data-sop-id')).toEqual([sop.id]);
    }
  });

  it('explain each acronym with its meaning on its first use only', async () => {
    const meaningOf = new Map(ACRONYMS.flatMap((a) => spellings(a).map((s) => [s, a] as const)));
    let explained = 0;
    for (const sop of catalog.sops) {
      await dom.open(`/sop/${sop.id}/`);
      const abbrs = await dom.page.$$eval('main abbr', (els) => els.map((e) => [e.textContent ?? '', e.getAttribute('title') ?? '']));
      const seen = new Set<string>();
      for (const [text, title] of abbrs) {
        const acronym = meaningOf.get(text!);
        expect(acronym, `${sop.id}: <abbr>${text}</abbr>`).toBeDefined();
        expect(title).toBe(acronym!.meaning);
        expect(seen.has(acronym!.term), `${sop.id}: ${text} explained twice`).toBe(false);
        seen.add(acronym!.term);
      }
      // Every acronym written in the title (outside placeholders [ISI: ...]) is explained right there.
      const inTitle = await dom.page.$$eval('h1 abbr', (els) => els.map((e) => e.textContent));
      const title = sop.data.judul.replace(/\[ISI:[^\]]*\]/g, '');
      for (const [spelling] of meaningOf) {
        if (new RegExp(`(?<![\\p{L}\\p{N}])${spelling}(?![\\p{L}\\p{N}])`, 'u').test(title)) expect(inTitle).toContain(spelling);
      }
      explained += abbrs.length;
    }
    expect(explained).toBeGreaterThan(0);
  });
});

describe('lists', () => {
  it('the home page groups every SOP by agency and bidang, with status and total time', async () => {
    await dom.open('/');
    for (const [agencyId] of catalog.agencies) {
      const own = catalog.sops.filter((s) => s.data.instansi === agencyId);
      const section = `section[data-agency="${agencyId}"]`;
      expect(await dom.count(section)).toBe(own.length ? 1 : 0);
      if (!own.length) continue;
      expect((await dom.attrs(`${section} tr[data-sop-id]`, 'data-sop-id')).sort()).toEqual(own.map((s) => s.id).sort());
      expect((await dom.texts(`${section} caption`)).sort()).toEqual(
        [...new Set(own.map((s) => s.data.bidang ?? "Tanpa bidang"))].sort(),
      );
    }
    for (const sop of catalog.sops) {
      const row = `tr[data-sop-id="${sop.id}"]`;
      expect(await dom.attrs(`${row} a`, 'href')).toEqual([`/sop/${sop.id}/`]);
      expect(await dom.attrs(`${row} .status`, 'data-status')).toEqual([sop.data.status]);
      expect(await dom.text(`${row} .sop-table__nomor`)).toBe(norm(sop.data.nomor));
      expect(await dom.text(`${row} .sop-table__waktu`)).toContain(sampleSop(sop.id).total.text);
    }
    expect(await dom.count('form[role="search"] input[type="search"]')).toBe(1);
    expect(await dom.count('noscript')).toBe(1);
  });

  it('every agency has a page with its profile and exactly its SOPs', async () => {
    await dom.open('/instansi/');
    expect((await dom.attrs('[data-agency] a', 'href')).sort()).toEqual([...catalog.agencies.keys()].map((id) => `/instansi/${id}/`).sort());
    for (const [id, agency] of catalog.agencies) {
      await dom.open(`/instansi/${id}/`);
      expect(await dom.text('h1')).toBe(norm(agency.data.nama));
      const own = catalog.sops.filter((s) => s.data.instansi === id).map((s) => s.id);
      expect((await dom.attrs('tr[data-sop-id]', 'data-sop-id')).sort()).toEqual(own.sort());
      const facts = await dom.texts('.facts dd');
      for (const value of [agency.data.alamat, agency.data.telepon!, agency.data.email!]) expect(facts).toContain(norm(value));
    }
  });

  it('every regulation has a page with exactly the SOPs citing it, all listed on /dasar-hukum/', async () => {
    await dom.open('/dasar-hukum/');
    expect((await dom.attrs('[data-regulation] a', 'href')).sort()).toEqual(
      [...catalog.regulations.keys()].map((id) => `/dasar-hukum/${id}/`).sort(),
    );
    for (const id of catalog.regulations.keys()) {
      await dom.open(`/dasar-hukum/${id}/`);
      expect(await dom.text('h1')).toBe(norm(regulationTitleOf(id)));
      const citing = catalog.sops.filter((s) => s.data.dasar_hukum.includes(id)).map((s) => s.id);
      expect((await dom.attrs('tr[data-sop-id]', 'data-sop-id')).sort(), id).toEqual(citing.sort());
    }
  });

  it('the glossary page lists every acronym with its meaning', async () => {
    await dom.open('/istilah/');
    const terms = await dom.texts('.glossary dt');
    for (const a of ACRONYMS) expect(terms).toContain(spellings(a).join(' / '));
  });
});
