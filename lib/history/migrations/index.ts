import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { upgradeToV1 } from './v1';
import { upgradeToV2 } from './v2';
import { upgradeToV3 } from './v3';
import { upgradeToV4 } from './v4';

type Step = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** One step per version, in order: step i takes the database from version i to version i + 1. */
export const MIGRATIONS: readonly Step[] = [upgradeToV1, upgradeToV2, upgradeToV3, upgradeToV4];

/** Runs every step above the version found, inside the upgrade transaction, so all or none apply. */
export async function migrate(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    await MIGRATIONS[version]!(db, tx);
  }
}
