/**
 * Every field an author can write has its own "Perbaiki:" help, so no message falls back to a
 * generic "see the README": the field lists are read from the schemas themselves.
 */
import { describe, expect, it } from 'vitest';
import { z, type ZodTypeAny } from 'zod';
import { AGENCY_FIELD_HELP, REGULATION_FIELD_HELP, SITE_FIELD_HELP, SOP_FIELD_HELP } from '../../../src/core/checks/field-help';
import { agencySchema } from '../../../src/core/model/agency';
import { regulationSchema } from '../../../src/core/model/regulation';
import { siteSchema } from '../../../src/core/model/site';
import { sopSchema } from '../../../src/core/model/sop';

function unwrap(t: ZodTypeAny): ZodTypeAny {
  for (;;) {
    if (t instanceof z.ZodDefault || t instanceof z.ZodOptional || t instanceof z.ZodNullable) t = t._def.innerType;
    else if (t instanceof z.ZodEffects) t = t._def.schema;
    else if (t instanceof z.ZodPipeline) t = t._def.in;
    else return t;
  }
}

/** Help keys of every field in a schema: "langkah[].keputusan.ya.ke". */
function fieldKeys(t: ZodTypeAny, prefix = ''): string[] {
  const u = unwrap(t);
  if (u instanceof z.ZodObject) {
    return Object.entries(u.shape as Record<string, ZodTypeAny>).flatMap(([k, v]) => {
      const key = prefix ? `${prefix}.${k}` : k;
      return [key, ...fieldKeys(v, key)];
    });
  }
  if (u instanceof z.ZodArray) return fieldKeys(u.element, `${prefix}[]`);
  if (u instanceof z.ZodUnion) return (u._def.options as ZodTypeAny[]).flatMap((o) => fieldKeys(o, prefix));
  return [];
}

const missing = (schema: ZodTypeAny, help: Record<string, string>) => [...new Set(fieldKeys(schema))].filter((k) => !(k in help));

describe('field help', () => {
  it('covers every field of the SOP frontmatter, agency files, regulations and site settings', () => {
    expect(missing(sopSchema, SOP_FIELD_HELP)).toEqual([]);
    expect(missing(agencySchema, AGENCY_FIELD_HELP)).toEqual([]);
    expect(missing(regulationSchema, REGULATION_FIELD_HELP)).toEqual([]);
    expect(missing(siteSchema, SITE_FIELD_HELP)).toEqual([]);
  });
});
