import { z } from 'zod/mini';
import { DossierSchema, LocalDateTimeSchema } from '../dossier/schema';

/**
 * What the overlay sends after reading a list page. `zod/mini` so the content script may validate
 * before sending without leaving its size budget; the history validates again on arrival.
 */
export const MAX_DOSSIERS_PER_OBSERVATION = 5000;

export const ObservationSchema = z.object({
  origin: z.string().check(z.minLength(1), z.maxLength(300)),
  url: z.string().check(z.maxLength(2000)),
  seenAt: LocalDateTimeSchema,
  dossiers: z.array(DossierSchema).check(z.maxLength(MAX_DOSSIERS_PER_OBSERVATION)),
});
export type Observation = z.infer<typeof ObservationSchema>;
