/** A valid SOP of a kelurahan (SKTM) with a decision at step 2: what the checker sweeps edit. */
export const SKTM_WITH_DECISION = `---
nomor: "474/12/2017"
judul: Pelayanan Surat Keterangan Tidak Mampu
instansi: kel-sei-putih-timur-1
status: draf
tanggal:
  efektif: 2017-08-01
  pembuatan: 2017-08-01
sasaran: Warga
dasar_hukum: [uu-11-2009]
pelaksana:
  - { id: staf, label: Staf }
  - { id: lurah, label: Lurah }
langkah:
  - kegiatan: Menerima berkas
    pelaksana: staf
    waktu: 10 menit
  - kegiatan: Memeriksa berkas
    pelaksana: staf
    waktu: 10 menit
    keputusan:
      ya: { ke: 3 }
      tidak: { ke: selesai }
  - kegiatan: Menandatangani surat
    pelaksana: lurah
    waktu: 15 menit
---

## Biaya

Gratis.
`;
