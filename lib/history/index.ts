/**
 * The dossier history: a durable IndexedDB record of every dossier the overlay has seen, the
 * documents made and the report drafts. Runs in the extension's own pages and background (and in
 * Node with fake-indexeddb), never in the portal page.
 */
export { openHistory, type OpenHistoryOptions } from './open';
export { AS_OF_DB_NAME, DB_VERSION, DEFAULT_DB_NAME, historyNameFor, type HistoryDB, type HistorySchema, type DossierKey } from './db';
export { HistoryError, HistoryImportError } from './errors';
export { HISTORY_MESSAGES, type HistoryErrorCode } from './messages';
export { ObservationSchema, type Observation } from './observation';
export { createRecorder, parseObservation, recordObservation, recordObservations, type Recorder, type RecorderOptions, type RecordResult } from './record';
export { searchHistory, type HistoryHit, type HistoryQuery, type MonthOf, type SearchField } from './search';
export { DOSSIER_OUTCOMES, RETURN_LIKE_STATUSES, completedAt, sendBacks, outcomeOf, type DossierOutcome, type ReturnLikeStatus } from './outcome';
export { proposeReportRows, reportRowKey, type ReportOptions, type ReportProposal } from './report';
export { reportPeriod, type ReportPeriod } from './report-period';
export { countTotals, periodTotals, totalsOrigins, type SeenTotals } from './totals';
export { groupDossiers, mergeRecords, type DossierGroup } from './identity';
export { choosePortal, countedPortals, countingPortals, documentOrigins, portalCounts, usedPortal, type PortalChoice, type PortalUse } from './portals';
export { monthlyStats, type MonthStats, type UnitCount } from './stats';
export { deleteAll, deleteOlderThan, type DeletedCounts } from './retention';
export { documentsFor, getDraft, listDrafts, saveDocument, saveDraft } from './documents';
export { backupText, exportHistory } from './backup/export';
export { importHistory, validateBackup, type ImportMode, type ImportResult } from './backup/import';
export { BackupFileError, importHistoryFiles, type FileImport } from './backup/import-many';
export { HISTORY_FORMAT, HISTORY_FORMAT_VERSION, BACKUP_LIMITS, type HistoryBackup } from './backup/format';
export {
  DocumentRecordSchema,
  DraftRecordSchema,
  ReportRowSchema,
  StoredDossierSchema,
  type DocumentRecord,
  type DraftRecord,
  type HistoryEvent,
  type Period,
  type ReportRow,
  type StoredDossier,
} from './records';
export { searchKey } from './normalize';
