import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { AS_OF_DB_NAME, DEFAULT_DB_NAME, openHistory, saveDocument } from '../../../../lib/history';
import { fromDossierDocuments } from '../../../../lib/documents/page/dossier-documents';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { saveSettings } from '../../../../lib/settings/storage';
import { sample } from '../../history/helpers';

/**
 * A document page asks what was already made for its dossier (a request for additions asked once,
 * a new appointment set once): read from the history in use, the real one or the as-of session's.
 */
const D02 = sample('D02').code;
const apology = (id: string, createdAt: string) => ({
  id,
  kind: 'apology-letter' as const,
  codes: [D02],
  createdAt,
  template: 'default:apology-letter@1',
  data: { newDueAt: '2022-05-24T16:00' },
});

async function store(name: string, ...documents: ReturnType<typeof apology>[]) {
  const db = await openHistory(name);
  for (const document of documents) await saveDocument(db, document);
  db.close();
}

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh IndexedDB for each test: the module opens the global one, as the pages do.
  globalThis.indexedDB = new IDBFactory();
});

describe('fromDossierDocuments', () => {
  it('picks from the documents made for the code, oldest first', async () => {
    await store(DEFAULT_DB_NAME, apology('second', '2022-05-18T09:00'), apology('first', '2022-05-17T15:00'));
    expect(await fromDossierDocuments(D02, (documents) => documents.map((d) => d.id))).toEqual(['first', 'second']);
    expect(await fromDossierDocuments('000.00.00.H00-220101-9999', (documents) => documents.length)).toBe(0);
  });

  it('reads the as-of history while an as-of override is set, never the real one', async () => {
    await store(DEFAULT_DB_NAME, apology('real', '2022-05-17T15:00'));
    await store(AS_OF_DB_NAME, apology('as-of', '2022-05-19T10:00'));
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2022-05-20T08:00' });
    expect(await fromDossierDocuments(D02, (documents) => documents.map((d) => d.id))).toEqual(['as-of']);
  });

  it('asks nothing without a code', async () => {
    let picked = false;
    expect(await fromDossierDocuments(undefined, () => (picked = true))).toBeUndefined();
    expect(picked).toBe(false);
  });
});
