import { describe, expect, it } from 'vitest';
import { cellPieces } from '../../../src/core/swimlane/render/pieces';
import { breakAfterSlashes, renderSwimlaneHtml } from '../../../src/core/swimlane/render/render-html';
import { layoutSwimlane } from '../../../src/core/swimlane/layout';
import { splitIntoPages } from '../../../src/core/swimlane/pages';
import { endsProcess, large, loopBack, provinsiPemulangan, tanjungpinangBwblp } from '../../../testkit/swimlane-fixtures';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

describe('renderSwimlaneHtml', () => {
  const layout = layoutSwimlane(provinsiPemulangan);
  const html = renderSwimlaneHtml(layout, { caption: 'Diagram alir SOP Pemulangan' });

  it('draws one table: No, the activity column, a lane per actor, Mutu Baku, Keterangan', () => {
    expect(count(html, /<table /g)).toBe(1);
    const head = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    expect(text(head)).toBe('NoAktivitasPelaksanaMutu BakuKeteranganJFT/StaffKepala DinasKepala Bidang RehsosPersyaratan/KelengkapanWaktuOutput');
    expect(head).toContain('colspan="3" class="swl-group">Pelaksana');
    expect(html).toContain('<caption class="swl-caption">Diagram alir SOP Pemulangan</caption>');
  });

  it('has a row per step, the symbol in its actor lane, real text in the cells', () => {
    expect(count(html, /<tr class="swl-row" id="langkah-\d+"/g)).toBe(14);
    for (const step of provinsiPemulangan.steps) {
      const row = html.match(new RegExp(`<tr class="swl-row" id="langkah-${step.no}"[^]*?</tr>`))![0];
      const lanes = [...row.matchAll(/<td class="swl-lane" data-col="(\d)">([^]*?)<\/td>/g)];
      const withSymbol = lanes.filter((m) => m[2]!.includes(`data-symbol-id="s${step.no}"`));
      expect(withSymbol.map((m) => Number(m[1]))).toEqual([provinsiPemulangan.actors.findIndex((a) => a.id === step.actor)]);
      expect(text(row)).toContain(step.kegiatan.slice(0, 40));
      expect(text(row)).toContain(step.waktu!);
    }
  });

  it('writes where each branch of a decision goes, linking to the step', () => {
    const row = html.match(/<tr class="swl-row" id="langkah-5"[^]*?<\/tr>/)![0];
    expect(text(row)).toContain('Keputusan: Layak: ke langkah 6; Tidak layak: selesai');
    expect(row).toContain('<a href="#langkah-6">ke langkah 6</a>');
    expect(row).toContain('data-decision');
  });

  it('names the symbols for assistive technology and hides the drawing', () => {
    expect(html).toContain('role="img" aria-label="Mulai"');
    expect(html).toContain('role="img" aria-label="Keputusan"');
    expect(count(html, /role="img" aria-label="Proses"/g)).toBe(11);
    // The "Selesai" beside the decision repeats the row's text: hidden, like lines and labels.
    expect(html).toMatch(/data-symbol="end"[^>]*aria-hidden="true"/);
    expect(count(html, /class="swl-label[^"]*"[^>]*aria-hidden="true"/g)).toBe(2);
    expect(html).not.toMatch(/<span class="swl-line[^>]*role=/);
  });

  it('gives every edge an arrowhead and exactly one start piece', () => {
    for (const e of layout.edges) {
      expect(count(html, new RegExp(`class="swl-arrow[^"]*" data-edge="${e.id}" data-from="${e.from}" data-to="${e.to}"`, 'g'))).toBe(1);
      expect(count(html, new RegExp(`data-edge="${e.id}" data-start=`, 'g'))).toBe(1);
    }
  });

  it('links the letters of a step in its Output cell', () => {
    const row = html.match(/<tr class="swl-row" id="langkah-14"[^]*?<\/tr>/)![0];
    expect(row).toContain('<a href="/surat/berita-acara-serah-terima/" data-letter="berita-acara-serah-terima">Berita Acara Serah Terima</a>');
  });

  it('escapes text and accepts the site formatter and an id prefix', () => {
    const flow = structuredClone(endsProcess);
    flow.steps[0]!.kegiatan = 'Menerima <surat> & berkas';
    const plain = renderSwimlaneHtml(layoutSwimlane(flow));
    expect(plain).toContain('Menerima &lt;surat&gt; &amp; berkas');
    const formatted = renderSwimlaneHtml(layoutSwimlane(flow), {
      idPrefix: 'cetak-',
      formatText: (value, field) => (field === 'kegiatan' ? `<em>${value.length}</em>` : 'x'),
    });
    expect(formatted).toContain('<div class="swl-text"><em>25</em></div>');
    expect(formatted).toContain('id="cetak-langkah-3"');
    expect(formatted).toContain('href="#cetak-langkah-4"');
    expect(renderSwimlaneHtml(layoutSwimlane(flow), { idPrefix: null })).not.toContain('id="langkah-');
  });

  it('lets words joined by slashes wrap, without touching tags or attributes', () => {
    expect(breakAfterSlashes('bandara/pelabuhan <a href="/surat/x/">Kab/Kota</a> 1 / 2')).toBe(
      'bandara/<wbr>pelabuhan <a href="/surat/x/">Kab/<wbr>Kota</a> 1 / 2',
    );
  });

  it('keeps the long activity of the Tanjungpinang SOPs as text with its line breaks', () => {
    const out = renderSwimlaneHtml(layoutSwimlane(tanjungpinangBwblp));
    expect(out).toContain('berupa:\na. surat rekomendasi');
    expect(out).not.toContain('data-col="6"');
  });

  it('renders split pages as one table each, header repeated, footer only under the last', () => {
    const pages = splitIntoPages(layoutSwimlane(large), [10, 20]);
    const out = renderSwimlaneHtml(pages, { scroll: false, footerHtml: '<b>Jumlah waktu</b>', caption: 'Diagram' });
    expect(count(out, /<table /g)).toBe(3);
    expect(count(out, /<thead>/g)).toBe(3);
    expect(count(out, /<tr class="swl-total">/g)).toBe(1);
    expect(out.lastIndexOf('<tr class="swl-total">')).toBeGreaterThan(out.lastIndexOf('<table '));
    expect(out).not.toContain('swl-scroll');
    expect(out).toContain('Diagram (halaman 2 dari 3)');
    const connectorRows = [...out.matchAll(/<tr class="swl-row swl-connector-row"[^>]*data-connectors="([A-Z ]+)" data-position="(top|bottom)"/g)];
    expect(connectorRows.length).toBe(pages.flatMap((p) => p.rows.filter((r) => r.kind === 'connector')).length);
    expect(connectorRows.length).toBeGreaterThanOrEqual(4);
    for (const [, letters] of connectorRows) {
      for (const l of letters!.split(' ')) expect(out).toContain(`data-label="${l}"`);
    }
    expect(out).toMatch(/Penghubung A: dari langkah 10, bersambung ke langkah 11 di halaman berikutnya\./);
  });

  it('gives every page of a split flowchart the same fixed columns when they are passed, and none when they do not fit the table', () => {
    // large: 8 lanes, the channel and Keterangan: 15 columns.
    const pages = splitIntoPages(layoutSwimlane(large), [10]);
    const widths = [30, 120.34, 96, 96, 96, 96, 96, 96, 96, 96, 28, 70, 40, 70, 55];
    const out = renderSwimlaneHtml(pages, { scroll: false, columns: { widths, table: 1181.5 } });
    const tables = out.match(/<table [^>]*>/g)!;
    expect(tables).toEqual([
      '<table class="swl-table" data-page="1" data-pages="2" style="--swl-lane-min:96px;--swl-channel:28px;table-layout:fixed;width:1181.5px">',
      '<table class="swl-table" data-page="2" data-pages="2" style="--swl-lane-min:96px;--swl-channel:28px;table-layout:fixed;width:1181.5px">',
    ]);
    const colgroup =
      '<colgroup><col class="swl-col-no" style="width:30px"><col class="swl-col-kegiatan" style="width:120.34px">' +
      '<col class="swl-col-lane" style="width:96px">'.repeat(8) +
      '<col class="swl-col-channel" style="width:28px"><col class="swl-col-kelengkapan" style="width:70px">' +
      '<col class="swl-col-waktu" style="width:40px"><col class="swl-col-output" style="width:70px">' +
      '<col class="swl-col-keterangan" style="width:55px"></colgroup>';
    expect(out.match(/<colgroup>.*?<\/colgroup>/g)).toEqual([colgroup, colgroup]);

    const mismatched = renderSwimlaneHtml(pages, { scroll: false, columns: { widths: widths.slice(1), table: 1181.5 } });
    expect(mismatched).not.toContain('table-layout');
    expect(mismatched).not.toContain('<col class="swl-col-no" style=');
  });
});

describe('cellPieces', () => {
  it('cuts a loop into pieces per cell it passes: lanes in its rows and the channel in every row between', () => {
    const layout = layoutSwimlane(loopBack);
    const loop = layout.edges.find((e) => e.id === 'e4n')!;
    const cells = cellPieces(layout);
    const lanes = layout.actors.length;
    const holding = [...cells.entries()].filter(([, pieces]) => pieces.some((p) => 'edge' in p && p.edge === loop.id)).map(([k]) => k);
    // The channel column in rows 1..3, the exit row's lane of the decision, the target row's lanes right of step 2.
    for (const row of [1, 2, 3]) expect(holding).toContain(`${row}:${lanes}`);
    const target = layout.symbols.find((s) => s.id === 's2')!;
    for (let col = target.col; col < lanes; col++) expect(holding).toContain(`1:${col}`);
    expect(holding).not.toContain(`0:${lanes}`);
    expect(holding).not.toContain(`4:${lanes}`);
    // The vertical piece in the middle row runs through both of that cell's edges.
    const middle = cells.get(`2:${lanes}`)!.find((p) => p.kind === 'v' && p.edge === loop.id)!;
    expect(middle).toMatchObject({ top: { at: 'edge' }, bottom: { at: 'edge' } });
  });
});
