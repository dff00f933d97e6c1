/**
 * The site's own setting, `sops/_data/situs.yaml`: its name (header, page titles) and the
 * sentence under it in the footer. A Kelurahan or a provincial portal names its own site. Its
 * public address is printed on the service posters (with a QR code to the service page).
 */
import { z } from 'zod';
import { textSchema } from './text';
import { siteAddressProblem } from './site-address';

export const siteSchema = z
  .object({
    /** Shown in the header and after every page title: "SOP Dinas Sosial Kota Medan". */
    nama: textSchema.default('SOP Dinas Sosial'),
    /** The footer's sentence after the name. */
    deskripsi: textSchema.default('standar operasional prosedur (SOP AP) yang diterbitkan dinas sosial.'),
    /** The public address of the published site ("https://sop.dinsos.example.go.id"): QR codes on posters point there. */
    alamat: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const problem = siteAddressProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
