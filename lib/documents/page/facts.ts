import type { Dossier } from '../../dossier/schema';

/**
 * What the pages that make a document from a portal row share: the row's facts every such document
 * prints, as the form's text, and the rule for an optional text the officer may leave empty.
 */
export function rowFacts(dossier: Partial<Dossier> | undefined) {
  const d = dossier ?? {};
  return {
    dossierCode: d.code ?? '',
    procedure: d.procedure ?? '',
    applicant: d.applicant ?? '',
    address: d.address ?? '',
    phone: d.phone ?? '',
    receivedAt: d.receivedAt ?? '',
  };
}

/** A typed text, trimmed; undefined when nothing was typed, so the document prints its blank. */
export const present = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
