// @vitest-environment node
/**
 * The samples obey the rules they illustrate (lib/documents/templates/sample-data.ts): an apology
 * precedes the appointment it apologises for, the monthly report goes to another body than its
 * issuer, and every "days late" is what the product's own rule gives.
 */
import { describe, expect, it } from 'vitest';
import { daysLateBetween } from '../../../lib/deadline/lateness';
import { sampleData } from '../../../lib/documents/templates/sample-data';

describe('the sample documents', () => {
  it.each(['apology-letter', 'apology-letter-2025'] as const)('%s is issued before the appointment and proposes a later one', (kind) => {
    const letter = sampleData(kind);
    expect(letter.issueDate! < letter.dueAt!.slice(0, 10)).toBe(true);
    expect(letter.newDueAt! > letter.dueAt!).toBe(true);
  });

  it('the monthly report is addressed to another body than the one that issues it', () => {
    const report = sampleData('monthly-report');
    expect(report.addressee).not.toContain(report.agency.agency);
    expect(report.agency.agency).not.toBe(report.addressee);
  });

  it('every late row of the monthly report counts its days as the deadline rules do', () => {
    const report = sampleData('monthly-report');
    const end = `${report.period.to}T23:59`;
    for (const row of report.late) {
      expect(row.daysLate, row.dossierCode).toBe(daysLateBetween(row.dueAt!, row.finishedAt ?? end));
      expect(row.daysLate, row.dossierCode).toBeGreaterThan(0);
    }
  });

  it('the explanation counts its days late at its own date', () => {
    const explanation = sampleData('explanation');
    expect(explanation.daysLate).toBe(daysLateBetween(explanation.dueAt!, `${explanation.issueDate}T17:00`));
    expect(explanation.addressee).not.toBe(explanation.agency.agency);
  });
});
