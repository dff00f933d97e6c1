/**
 * The Maklumat Pelayanan (UU 25/2009 art. 22; Permenpan RB 15/2014): the head of office's
 * signed pledge to deliver the services by their Standar Pelayanan, displayed at the counter.
 * The agency file may word it itself (`maklumat`); otherwise the pledge is the form the
 * guideline gives as its example.
 */
export const DEFAULT_MAKLUMAT =
  'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, ' +
  'dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.';

export function maklumatText(agency: { maklumat?: string }): string {
  return agency.maklumat ?? DEFAULT_MAKLUMAT;
}
