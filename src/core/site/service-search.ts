/**
 * The words of a service a reader might search for (name, summary, requirements, steps,
 * products), as one text: the input for the acronyms and synonyms its page is also indexed
 * with. The service's own kata_kunci are added as written.
 */
import type { ServiceStandard } from '../service/standard';

export function serviceSearchText(st: ServiceStandard): string {
  return [st.nama, st.ringkasan, ...st.persyaratan, ...st.prosedur, ...st.produk.items].join('\n');
}
