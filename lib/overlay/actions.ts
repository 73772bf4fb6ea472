import type { Standing } from '../deadline';

/**
 * The document a row's badge and its panel entry offer: the apology letter for a dossier that is
 * late or about to be, the request for additions while the completeness check is running out.
 */
export type DocumentAction = 'apology' | 'supplement';

export function documentAction({ status, rule }: Pick<Standing, 'status'> & { rule?: Standing['rule'] }): DocumentAction | undefined {
  if (status === 'overdue' || status === 'due-today' || status === 'due-soon') return 'apology';
  // Finished late and not yet handed over: the citizen still waits, so the letter is still owed.
  if (rule === 'finished-late') return 'apology';
  if (status === 'check-soon') return 'supplement';
  return undefined;
}
