import type { AgencyProfileInput } from '..';
import type { AgencyProfileSettings } from '../../settings/schema';

/**
 * The documents' issuing profile from the settings page's values. Settings keep blanks as '' (a
 * form's natural value); the document schema wants them absent so its defaults apply.
 */
export function agencyProfileFrom(settings: AgencyProfileSettings): AgencyProfileInput {
  const recipients = settings.recipients.map((r) => r.trim()).filter((r) => r !== '');
  return {
    parentAgency: settings.parentAgency,
    agency: settings.agency,
    placeName: settings.placeName,
    signingPrefix: settings.signingPrefix,
    signerTitle: settings.signerTitle,
    signerName: settings.signerName,
    ...(settings.documentSymbol.trim() === '' ? {} : { documentSymbol: settings.documentSymbol }),
    ...(settings.signingAuthority.trim() === '' ? {} : { signingAuthority: settings.signingAuthority }),
    ...(recipients.length === 0 ? {} : { recipients }),
  };
}

/** True when the settings name the agency and place every document's header needs. */
export const agencyIsSet = (settings: AgencyProfileSettings): boolean =>
  settings.agency.trim() !== '' && settings.placeName.trim() !== '';
