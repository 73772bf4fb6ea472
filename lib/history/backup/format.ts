import { z } from 'zod';
import { DocumentRecordSchema, DraftRecordSchema, MAX_FILE_BASE64, StoredDossierSchema, TimeSchema } from '../records';

/** The backup file: what `exportHistory` writes and `importHistory` accepts. */
export const HISTORY_FORMAT = 'nhac-han/history';
export const HISTORY_FORMAT_VERSION = 1;

/** Sane ceilings: far above a district office's years of work, far below what would hang a tab. */
export const BACKUP_LIMITS = {
  dossiers: 300_000,
  documents: 100_000,
  drafts: 10_000,
  textLength: 400 * 1024 * 1024,
  maxDepth: 64,
  maxStringLength: MAX_FILE_BASE64,
} as const;

export const BackupHeaderSchema = z.looseObject({
  format: z.literal(HISTORY_FORMAT),
  formatVersion: z.number().int().positive(),
});

const CountSchema = z.number().int().nonnegative();

export const BackupSchema = z
  .strictObject({
    format: z.literal(HISTORY_FORMAT),
    formatVersion: z.literal(HISTORY_FORMAT_VERSION),
    exportedAt: TimeSchema,
    counts: z.strictObject({ dossiers: CountSchema, documents: CountSchema, drafts: CountSchema }),
    dossiers: z.array(StoredDossierSchema),
    documents: z.array(DocumentRecordSchema),
    drafts: z.array(DraftRecordSchema),
  })
  .superRefine((backup, ctx) => {
    for (const store of ['dossiers', 'documents', 'drafts'] as const) {
      if (backup.counts[store] !== backup[store].length) {
        ctx.addIssue({ code: 'custom', path: ['counts', store], message: `says ${backup.counts[store]}, file has ${backup[store].length}` });
      }
    }
    const once = (store: string, ids: string[]) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [store, index], message: 'the same record appears twice' });
        seen.add(id);
      });
    };
    once('dossiers', backup.dossiers.map((d) => `${d.origin}\u0000${d.code}`));
    once('documents', backup.documents.map((d) => d.id));
    once('drafts', backup.drafts.map((d) => d.id));
  });
export type HistoryBackup = z.infer<typeof BackupSchema>;
