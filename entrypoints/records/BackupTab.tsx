import { useState } from 'preact/hooks';
import { BackupFileError, backupText, deleteAll, deleteOlderThan, exportHistory, importHistoryFiles, type ImportMode } from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { downloadBytes, JSON_TYPE } from '../../lib/documents/page/download';
import { errorLines } from '../../lib/documents/page/error-lines';
import { backupFileName } from '../../lib/documents/page/file-names';
import { notifyDocumentsChanged } from '../../lib/documents/page/make-document';
import type { TabProps } from './context';
import { confirmsDeletion } from './delete-word';

export function BackupTab({ db, context, lang, t }: TabProps) {
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [files, setFiles] = useState<File[]>([]);
  const [months, setMonths] = useState(String(context.settings.retentionMonths || 24));
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const text = await task();
      if (text) setNotice({ tone: 'success', text });
    } catch (error) {
      // A refused file among several is named, with its own reason.
      const text = error instanceof BackupFileError ? `${error.fileName}: ${errorLines(error.cause, lang).join(' ')}` : errorLines(error, lang).join(' ');
      setNotice({ tone: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () =>
    run(async () => {
      const now = vietnamLocalTime();
      const backup = await exportHistory(db, { now });
      downloadBytes(backupText(backup), backupFileName(now), JSON_TYPE);
      return t('backup.exported', { dossiers: backup.dossiers.length, documents: backup.documents.length });
    });
  const importFile = () =>
    run(async () => {
      if (files.length === 0) return t('backup.chooseFile');
      if (mode === 'replace' && !confirm(t('backup.confirmReplace'))) return undefined;
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const imported = await importHistoryFiles(db, texts, { mode });
      await notifyDocumentsChanged();
      return imported.map((f) => `${f.name} (${t('backup.exportedAt', { time: f.exportedAt.replace('T', ' ') })}): ${t('backup.imported', { ...f.result })}`).join(' ');
    });
  const deleteOld = () =>
    run(async () => {
      const n = Number(months);
      if (!Number.isInteger(n) || n < 1 || n > 240) throw new Error(t('backup.monthsInvalid'));
      if (!confirm(t('backup.confirmOld', { months: n }))) return undefined;
      // The real clock, as automatic retention: an as-of override years ahead must not make today's records old.
      const counts = await deleteOlderThan(db, n, vietnamLocalTime());
      await notifyDocumentsChanged();
      return t('backup.deletedOld', { ...counts });
    });
  const confirmed = confirmsDeletion(word, [t('backup.word'), t('backup.wordAlt')]);
  const removeAll = () =>
    run(async () => {
      if (!confirmed) return undefined;
      await deleteAll(db);
      setWord('');
      await notifyDocumentsChanged();
      return t('backup.deletedAll');
    });

  return (
    <Section id="backup" title={t('tab.backup')} intro={t('backup.intro')}>
      <h3>{t('backup.exportTitle')}</h3>
      <p>
        <button type="button" class="button-primary" disabled={busy} onClick={() => void exportFile()}>
          {t('backup.export')}
        </button>
      </p>

      <h3>{t('backup.importTitle')}</h3>
      <Field id="backup-file" label={t('backup.file')} help={t('backup.filesHelp')}>
        {(control) => <input {...control} type="file" multiple accept=".json,application/json" onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />}
      </Field>
      <fieldset class="choices">
        <legend>{t('backup.mode')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`backup.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" disabled={busy} onClick={() => void importFile()}>
          {t('backup.import')}
        </button>
      </p>

      <h3>{t('backup.retentionTitle')}</h3>
      <Field id="backup-months" label={t('backup.months')} help={t('backup.monthsHelp')}>
        {(control) => <input {...control} class="input-number" inputMode="numeric" value={months} onInput={(e) => setMonths(e.currentTarget.value)} />}
      </Field>
      <p>
        <button type="button" disabled={busy} onClick={() => void deleteOld()}>
          {t('backup.deleteOld')}
        </button>
      </p>

      <h3>{t('backup.allTitle')}</h3>
      <Field id="backup-word" label={t('backup.typeWord', { word: t('backup.word') })}>
        {(control) => <input {...control} class="input-text" value={word} onInput={(e) => setWord(e.currentTarget.value)} autoComplete="off" />}
      </Field>
      <p>
        <button
          type="button"
          class="button-danger"
          disabled={busy || !confirmed}
          onClick={() => void removeAll()}
        >
          {t('backup.deleteAll')}
        </button>
      </p>
      <Notice message={notice} />
    </Section>
  );
}
