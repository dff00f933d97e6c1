/**
 * The kelurahan the checker sweeps write their SOPs for (tests/unit/checker/newcomer-sweep9 to
 * 20): its agency file, the one regulation its SOPs cite and the site settings; the service its
 * SKTM SOP carries out, and a monitoring record of that SOP. A sweep adds the files it tries over
 * these (SKTM_WITH_DECISION, tests/unit/support/sktm-sop.ts, is its SOP).
 */
export const KELURAHAN_AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: Jl. Contoh
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak pengaduan di kantor kelurahan"]
`;
export const KELURAHAN_AGENCY_FILE = 'sops/_data/instansi/kel-sei-putih-timur-1.yaml';

/** The project without its SOPs. */
export const KELURAHAN_BASE: Record<string, string> = {
  [KELURAHAN_AGENCY_FILE]: KELURAHAN_AGENCY,
  'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n',
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
};

/** A valid service carried out by medan/sktm (whose narrative says "Gratis"); extra fields from line 6. */
export const SKTM_SERVICE_FILE = 'sops/_layanan/sktm.yaml';
export const SKTM_SERVICE = `nama: Surat Keterangan Tidak Mampu
ringkasan: Warga yang kurang mampu mendapat surat keterangan untuk keringanan biaya.
sop: [medan/sktm]
persyaratan: [KTP, KK]
prosedur: [Warga datang ke kantor kelurahan, Petugas memeriksa berkas]
`;

/** The folder of medan/sktm's monitoring and evaluation records, and a valid monitoring (its extra fields from line 4). */
export const SKTM_RECORDS = 'sops/_data/evaluasi/medan/sktm';
export const SKTM_MONITORING = 'jenis: monitoring\npenilai: Lurah\npenilaian: berjalan baik\n';
