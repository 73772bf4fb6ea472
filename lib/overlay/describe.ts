import type { Dossier } from '../dossier/schema';
import type { Standing, StandingStatus } from '../deadline';
import { translate, type Language } from '../i18n/format';
import { overlayMessages, type OverlayKey } from '../i18n/overlay';
import type { DocumentAction } from './actions';
import type { Tone } from './badge';

/** Turns a standing into the badge's words, its tone and a tooltip that explains the rule. */
export const TONE: Record<StandingStatus, Tone> = {
  overdue: 'danger',
  'due-today': 'danger',
  'due-soon': 'warn',
  'check-soon': 'warn',
  'on-time': 'ok',
  paused: 'info',
  'done-on-time': 'muted',
  'done-late': 'muted',
  'not-applicable': 'muted',
  unknown: 'muted',
};

/** `2022-05-20T17:00` → `17:00 20/05/2022`, the way the portals print it. */
export function showTime(local: string | undefined | null): string {
  if (!local) return '';
  const [day, time] = local.split('T');
  const [y, m, d] = (day ?? '').split('-');
  return `${time ?? ''} ${d}/${m}/${y}`.trim();
}

export interface Description {
  text: string;
  tone: Tone;
  tooltip: string;
  /** Said on badges that open a document. */
  actionHints: Record<DocumentAction, string>;
}

export function describeStanding(
  dossier: Dossier,
  standing: Standing,
  context: { asOf: string; dueSoonDays: number; checkWindowDays: number; language: Language },
): Description {
  const t = (key: OverlayKey, params?: Record<string, string | number>) =>
    translate(overlayMessages, context.language, key, params);
  const days = standing.daysLate > 0 ? standing.daysLate : Math.abs(standing.daysLeft ?? 0);
  const variant =
    standing.rule === 'overdue-today' ? 'overdue-today' : standing.rule === 'returned-without-date' ? 'returned-undated' : standing.status;
  const text = t(`badge.${variant}` as OverlayKey, { days });
  const lines = [
    t(`tip.rule.${variant}` as OverlayKey, {
      days,
      asOf: showTime(context.asOf),
      threshold: context.dueSoonDays,
      window: context.checkWindowDays,
      deadline: showTime(standing.checkDeadline),
    }),
  ];
  if (standing.rule === 'remaining-hint' && dossier.remainingHint) lines.push(t('tip.hint', { hint: dossier.remainingHint.text }));
  if (dossier.dueAt) lines.push(t('tip.due', { due: showTime(dossier.dueAt) }));
  if (dossier.receivedAt) lines.push(t('tip.received', { received: showTime(dossier.receivedAt) }));
  if (standing.rule === 'finished-awaiting-return') lines.push(t('tip.finished-awaiting'));
  if (standing.repeatedSupplement) lines.push(t('tip.repeated-supplement'));
  if (standing.apologyDue) lines.push(t('tip.apology'));
  return { text, tone: TONE[standing.status], tooltip: lines.join('\n'), actionHints: { apology: t('tip.action'), supplement: t('tip.action.supplement') } };
}
