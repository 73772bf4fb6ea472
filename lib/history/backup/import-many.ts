import type { HistoryDB } from '../db';
import { importHistory, validateBackup, type ImportMode, type ImportResult } from './import';

/** A refused file among several: which one, and why (the original typed error). */
export class BackupFileError extends Error {
  constructor(
    readonly fileName: string,
    override readonly cause: unknown,
  ) {
    super(`${fileName}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'BackupFileError';
  }
}

export interface FileImport {
  name: string;
  /** When the officer's extension wrote the file. */
  exportedAt: string;
  result: ImportResult;
}

/**
 * Folds several officers' backups into the history and says what each brought. Every file is
 * checked before any is written, so one bad file changes nothing. `replace` starts from the first
 * file and merges the others into it; `merge` folds all into what is held. The merge rules
 * (lib/history/merge.ts) make the result the same in any order of the files.
 */
export async function importHistoryFiles(
  db: HistoryDB,
  files: readonly { name: string; text: string }[],
  options: { mode: ImportMode },
): Promise<FileImport[]> {
  const backups = files.map((file) => {
    try {
      return { name: file.name, backup: validateBackup(file.text) };
    } catch (error) {
      throw new BackupFileError(file.name, error);
    }
  });
  const done: FileImport[] = [];
  for (const [i, { name, backup }] of backups.entries()) {
    const mode: ImportMode = i === 0 ? options.mode : 'merge';
    done.push({ name, exportedAt: backup.exportedAt, result: await importHistory(db, backup, { mode }) });
  }
  return done;
}
