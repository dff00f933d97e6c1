/**
 * Flows for the swimlane tests, the preview and the benchmark.
 * The sample flows are written by hand from the seed SOPs (/work/shared/seeds): the Tanjungpinang
 * SOPs (6 actors, 4 steps, the 4th a long referral text) and the provincial SOP of seed 001
 * (14 steps, a decision at step 5: Layak -> 6, Tidak layak -> end). The synthetic flows cover
 * what the samples lack.
 */
import type { FlowInput, FlowStep } from '../src/core/swimlane/flow';

const TANJUNGPINANG_ACTORS = [
  { id: 'staf-adm', label: 'Staf ADM' },
  { id: 'peksos', label: 'Staf Lapangan/Peksos' },
  { id: 'jabatan-fungsional', label: 'Jabatan Fungsional' },
  { id: 'kabid-rehabilitasi', label: 'Kabid Rehabilitasi' },
  { id: 'kepala-dinas', label: 'Kepala Dinas' },
  { id: 'koordinator-rumah-singgah', label: 'Koordinator Rumah Singgah' },
];

/** Seed 002: Penanganan Korban Tindak Kekerasan (Dinas Sosial Kota Tanjungpinang). */
export const tanjungpinangKtk: FlowInput = {
  actors: TANJUNGPINANG_ACTORS,
  columns: { kegiatan: 'Uraian Prosedur', kelengkapan: 'Persyaratan/Kelengkapan', waktu: 'Waktu', output: 'Output' },
  steps: [
    {
      no: 1,
      kegiatan: 'Menerima klien Korban Tindak Kekerasan dari hasil laporan warga/klien sendiri',
      actor: 'staf-adm',
      kelengkapan: 'Laporan lisan',
      waktu: '15 menit',
      output: 'Laporan / Informasi',
    },
    {
      no: 2,
      kegiatan: 'Melakukan pendataan dan assessment untuk mengetahui kebutuhan klien Korban Tindak Kekerasan',
      actor: 'peksos',
      kelengkapan: 'Identitas klien',
      waktu: '30 menit',
      output: 'Laporan Tertulis',
    },
    {
      no: 3,
      kegiatan: 'Koordinasi dengan atasan tentang hasil assessment',
      actor: 'jabatan-fungsional',
      kelengkapan: 'Laporan Lisan',
      waktu: '30 – 60 menit',
      output: 'Laporan / Informasi',
    },
    {
      no: 4,
      kegiatan:
        'Setelah mempelajari berkas assessment, maka akan diberikan pelayanan rujukan sesuai kebutuhan klien berupa:\n' +
        'a. pendampingan ke akses kesehatan (rekom RSUD/puskesmas);\n' +
        'b. pengurusan Jamkesda;\n' +
        'c. pendampingan ke kepolisian/kejaksaan;\n' +
        'd. penitipan sementara di RSTS Dinsos/shelter P2TP2A; dan\n' +
        'e. pemulangan ke daerah asal melalui bantuan Baznas Kota Tanjungpinang/Lembaga lainnya.',
      actor: 'kabid-rehabilitasi',
      kelengkapan: 'Surat rekomendasi',
      waktu: '3-7 hari',
      output:
        'a) Pendampingan ke RSUD/Puskesmas\nb) Surat Rekomendasi Jamkesda\nc) Rekom permohonan bantuan ke Baznas',
      letters: [{ id: 'rekomendasi-jamkesda', title: 'Surat Rekomendasi Jamkesda', href: '/surat/rekomendasi-jamkesda/' }],
    },
  ],
};

/** Seed 000: Penanganan Eks Narapidana (BWBLP), same office and lanes. */
export const tanjungpinangBwblp: FlowInput = {
  ...tanjungpinangKtk,
  steps: tanjungpinangKtk.steps.map((s) =>
    s.no === 4
      ? {
          ...s,
          kegiatan:
            'Setelah mempelajari berkas assessment, maka akan diberikan pelayanan rujukan berupa:\n' +
            'a. surat rekomendasi permohonan bantuan pemulangan yang ditujukan ke Baznas Kota Tanjungpinang/Lembaga lain yang bekerjasama dengan Dinas Sosial Kota Tanjungpinang;\n' +
            'b. penitipan sementara di Rumah Singgah Tepak Sirih Dinas Sosial Kota Tanjungpinang; dan\n' +
            'c. penitipan ke panti/yayasan yang bekerjasama dengan Dinas Sosial Kota Tanjungpinang.',
          kelengkapan: 'Surat keterangan bebas dari Lembaga Pemasyarakatan',
          output: 'a) Surat Rekomendasi ke Baznas/Lembaga lainnya\nb) Penitipan klien di RSTS\nc) Rekom ke panti (alternative terakhir)',
          letters: [],
        }
      : { ...s, kegiatan: s.kegiatan.replace('Korban Tindak Kekerasan', 'Eks Narapidana (BWBLP)') },
  ),
};

/** Seed 001: pemulangan Orang Terlantar (provincial Dinas Sosial), 14 steps, decision at 5. */
export const provinsiPemulangan: FlowInput = {
  actors: [
    { id: 'jft-staf', label: 'JFT/Staff' },
    { id: 'kepala-dinas', label: 'Kepala Dinas' },
    { id: 'kabid-rehsos', label: 'Kepala Bidang Rehsos' },
  ],
  columns: { kegiatan: 'Aktivitas', kelengkapan: 'Persyaratan/Kelengkapan', waktu: 'Waktu', output: 'Output', keterangan: 'Keterangan' },
  steps: [
    ['Menerima Orang Terlantar dari Dinas Sosial Kab/Kota disertai Surat Permohonan Pemulangan OT dengan lampiran Surat Keterangan Terlantar dari Kepolisian dan Hasil Asesmen dari Peksos/Pendamping Sosial terhadap OT, lalu menyerahkan kepada Kepala Dinas untuk didisposisi.', 'jft-staf', 'Surat Permohonan Pemulangan OT', '5 Menit', 'Surat Keterangan Terlantar yang sudah diberi lembar disposisi'],
    ['Mendisposisi surat, lalu menyerahkan kepada Kabid Rehsos untuk ditindaklanjuti.', 'kepala-dinas', 'Surat Keterangan Terlantar yang sudah diberi lembar disposisi', '5 Menit', 'Surat Keterangan Terlantar yang telah didisposisi kepala dinas'],
    ['Menerima surat yang telah didisposisi Kepala Dinas dan meneruskan ke Kepala Seksi Rehabilitasi Sosial Tuna Sosial KPO dan KP NAPZA untuk diproses lebih lanjut.', 'kabid-rehsos', 'Surat Keterangan Terlantar yang telah didisposisi kepala dinas', '5 Menit', 'Surat Dengan Disposisi Kepala Bidang'],
    ['Melakukan pemeriksaan/peninjauan ulang kepada OT berdasarkan hasil asesmen peksos, surat keterangan kepolisian, surat rekomendasi Kab/Kota dan berkoordinasi dengan Dinas Sosial Provinsi dan Kab/Kota asal OT agar menghubungi keluarga OT serta mempersiapkan penjemputan atau mekanisme pemulangan OT.', 'jft-staf', 'Surat Dengan Disposisi Kepala Bidang', '30 Menit', 'Draf Hasil Pemeriksaan OT dan Koordinasi dengan Dinsos Provinsi'],
    ['Menetapkan Orang Terlantar yang direkomendasikan layak atau tidak layak mendapatkan pelayanan pemulangan ke daerah asal', 'kabid-rehsos', 'Laporan hasil asesmen peksos, surat keterangan kepolisian, surat rekomendasi Kab/Kota', '-', 'Penetapan Pemulangan OT'],
    ['Memeriksa kondisi OT; apabila kondisi OT sehat, dibuatkan Surat Pemulangan untuk disampaikan ke Dinas Sosial Daerah Asal dan diberikan bantuan biaya transportasi sampai ke daerah asal.', 'jft-staf', 'Draf Hasil Pemeriksaan OT', '1 Jam', 'Data / Informasi mengenai Orang Terlantar'],
    ['Membuat Konsep Surat Pemulangan Orang Terlantar, kemudian menyerahkan kepada Kabid Rehsos untuk dikoreksi', 'jft-staf', 'Data / Informasi mengenai Orang Terlantar', '15 Menit', 'Draf / Konsep Surat Pemulangan Orang Terlantar'],
    ['Memeriksa dan membubuhkan paraf pada Surat Pemulangan Orang Terlantar, lalu diserahkan kembali kepada staf untuk ditindaklanjuti', 'kabid-rehsos', 'Draf / Konsep Surat Pemulangan Orang Terlantar', '5 Menit', 'Surat Pemulangan dengan Paraf Kabid'],
    ['Menyerahkan Surat Pemulangan Orang Terlantar yang telah diparaf kepada Kepala Dinas melalui Bagian Umum dan Kepegawaian untuk ditandatangani.', 'jft-staf', 'Surat Pemulangan dengan Paraf Kabid', '5 Menit', 'Surat Pemulangan (paraf kabid)'],
    ['Menandatangani Surat Pemulangan Orang Terlantar, kemudian diserahkan kembali ke staf untuk ditindaklanjuti', 'kepala-dinas', 'Surat Pemulangan (paraf kabid)', '5 Menit', 'Surat dengan tanda tangan kepala dinas'],
    ['Meminta dan mencatat nomor surat keluar kepada Bagian Umum dan Kepegawaian; surat yang telah ditandatangani Kepala Dinas digandakan kemudian disampaikan ke Dinas Sosial Provinsi/Kab/Kota daerah asal OT.', 'jft-staf', 'Surat dengan tanda tangan kepala dinas', '5 Menit', 'Surat disampaikan dan diterima pemohon'],
    ['Melakukan pendampingan/fasilitasi pemulangan OT sampai di bandara/pelabuhan/terminal keberangkatan dan berkoordinasi (via daring) dengan Dinas Sosial Kab/Kota/Prov. tujuan selama perjalanan OT hingga sampai ke alamat asal OT', 'jft-staf', 'Surat Pemulangan Orang Terlantar', '3 x 24 Jam', 'Perjalanan menggunakan jasa transportasi hingga OT tiba di alamat asalnya'],
    // Step 13 is missing from the seed's OCR; a stand-in keeps the count of 14 steps.
    ['[ISI: langkah 13 tidak terbaca pada salinan sumber]', 'jft-staf', '-', '-', '-'],
    ['Berkoordinasi (secara daring) dengan Dinas Sosial Kab/Kota/Prov alamat asal OT untuk mengurus kelengkapan berkas administrasi dan serah terima pemulangan OT', 'jft-staf', 'Surat, BAST, dan SPPD', '1 Jam', 'BAST'],
  ].map(([kegiatan, actor, kelengkapan, waktu, output], i): FlowStep => {
    const step: FlowStep = { no: i + 1, kegiatan: kegiatan!, actor: actor!, kelengkapan, waktu, output };
    if (i === 4) step.decision = { yes: { label: 'Layak', to: 6 }, no: { label: 'Tidak layak', to: 'end' } };
    if (i === 13) step.letters = [{ id: 'berita-acara-serah-terima', title: 'Berita Acara Serah Terima', href: '/surat/berita-acara-serah-terima/' }];
    return step;
  }),
};

// ---- Synthetic flows ---------------------------------------------------------------------------

const COLUMNS = { kelengkapan: 'Kelengkapan', waktu: 'Waktu', output: 'Output' };

function actors(n: number) {
  const names = ['Staf Pelayanan', 'Pekerja Sosial', 'Kepala Seksi', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas', 'Bagian Umum', 'TKSK'];
  return Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, label: names[i] ?? `Pelaksana ${i + 1}` }));
}

type StepSpec = [actor: number, decision?: FlowStep['decision']];

function synthetic(actorCount: number, specs: StepSpec[], keterangan = false): FlowInput {
  return {
    actors: actors(actorCount),
    columns: keterangan ? { ...COLUMNS, keterangan: 'Keterangan' } : COLUMNS,
    steps: specs.map(([actor, decision], i) => {
      const step: FlowStep = {
        no: i + 1,
        kegiatan: `Kegiatan langkah ${i + 1}`,
        actor: `a${actor + 1}`,
        kelengkapan: 'Berkas',
        waktu: '10 menit',
        output: `Hasil langkah ${i + 1}`,
      };
      if (decision) step.decision = decision;
      return step;
    }),
  };
}

const yesNo = (yes: number | 'end', no: number | 'end', labels: [string, string] = ['Ya', 'Tidak']) => ({
  yes: { label: labels[0], to: yes },
  no: { label: labels[1], to: no },
});

/** "Tidak lengkap" returns to an earlier step. */
export const loopBack = synthetic(4, [[0], [1], [2], [3, yesNo(5, 2, ['Lengkap', 'Tidak lengkap'])], [1], [0]]);
/** A decision whose "Ya" skips two steps forward. */
export const skipForward = synthetic(3, [[0], [1, yesNo(5, 3)], [2], [1], [0], [2]]);
/** A decision that ends the process, its next step in the lane to its right. */
export const endsProcess = synthetic(3, [[0], [1], [1, yesNo(4, 'end', ['Setuju', 'Tolak'])], [2], [0]]);
/** Two decisions in a row: the second loops back to the first. */
export const twoDecisions = synthetic(4, [[0], [1, yesNo(3, 'end')], [2, yesNo(4, 2)], [3], [0]]);
/** Steps whose actor is the previous step's actor. */
export const sameActor = synthetic(3, [[0], [0], [0], [1], [1], [2], [2]]);
/** A decision in the first lane that both ends the process and is a loop target. */
export const endInFirstLane = synthetic(3, [[1], [0, yesNo(3, 'end')], [1], [2, yesNo(5, 2)], [2]]);
/** A decision whose branches both leave through the channel (skip and loop); step 4 is reached by a later loop. */
export const bothChannel = synthetic(4, [[0], [1], [2, yesNo(5, 1)], [3], [2], [1, yesNo(7, 4)], [0]]);
/** A single actor: nothing beside the lane. */
export const singleActor = synthetic(1, [[0], [0, yesNo(3, 'end')], [0, yesNo(4, 2)], [0]]);
/** 8 actors, 30 steps, decisions of every kind. */
export const large = synthetic(
  8,
  Array.from({ length: 30 }, (_, i): StepSpec => {
    const actor = (i * 3 + Math.floor(i / 4)) % 8;
    if (i === 5) return [actor, yesNo(7, 3)];
    if (i === 9) return [actor, yesNo(11, 'end')];
    if (i === 13) return [actor, yesNo(18, 15)];
    if (i === 14) return [actor, yesNo(16, 12)];
    if (i === 20) return [actor, yesNo(22, 2)];
    if (i === 24) return [actor, yesNo(26, 'end')];
    if (i === 27) return [actor, yesNo(29, 22)];
    return [actor];
  }),
  true,
);

export const SAMPLE_FLOWS = {
  'tanjungpinang-ktk': tanjungpinangKtk,
  'tanjungpinang-bwblp': tanjungpinangBwblp,
  'provinsi-pemulangan': provinsiPemulangan,
} as const;

export const SYNTHETIC_FLOWS = {
  'loop-back': loopBack,
  'skip-forward': skipForward,
  'ends-process': endsProcess,
  'two-decisions': twoDecisions,
  'same-actor': sameActor,
  'end-in-first-lane': endInFirstLane,
  'both-channel': bothChannel,
  'single-actor': singleActor,
  'large-8x30': large,
} as const;

export const ALL_FLOWS: Record<string, FlowInput> = { ...SAMPLE_FLOWS, ...SYNTHETIC_FLOWS };
