import type { Dossier } from '../dossier/schema';
import { explainLaw, type OfficeDayEnd, type Standing, type StandingStatus } from '../deadline';
import type { Calendar } from '../calendar/calendar';
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
  /** The same in fewer words, for a column too narrow for `text`. */
  short: string;
  tone: Tone;
  tooltip: string;
  /** Said on badges that open a document. */
  actionHints: Record<DocumentAction, string>;
}

export function describeStanding(
  dossier: Dossier,
  standing: Standing,
  context: { asOf: string; dueSoonDays: number; checkWindowDays: number; language: Language; calendar?: Calendar; officeDayEnd?: OfficeDayEnd },
): Description {
  const t = (key: OverlayKey, params?: Record<string, string | number>) =>
    translate(overlayMessages, context.language, key, params);
  const days = standing.daysLate > 0 ? standing.daysLate : Math.abs(standing.daysLeft ?? 0);
  const variant =
    standing.rule === 'overdue-today' ? 'overdue-today' : standing.rule === 'returned-without-date' ? 'returned-undated' : standing.status;
  const law = explainLaw(dossier, standing, context);
  const text = law.badge ?? t(`badge.${variant}` as OverlayKey, { days });
  const short = t(`short.${variant}` as OverlayKey, { days });
  const lines = [
    law.rule ??
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
  lines.push(...law.lines);
  if (standing.repeatedSupplement) lines.push(t('tip.repeated-supplement'));
  if (standing.apologyDue) lines.push(t('tip.apology'));
  return { text, short, tone: TONE[standing.status], tooltip: lines.join('\n'), actionHints: { apology: t('tip.action'), supplement: t('tip.action.supplement') } };
}
