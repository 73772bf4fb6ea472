/**
 * The issuing office's profile, shared by every kind of document: the header's two agency lines,
 * the place in the date line, the signature block and the "Nơi nhận:" list (Nghị định 30/2020).
 * The settings page stores one of these per office and reuses this schema.
 */
import { z } from 'zod';
import { dayShortOrBlank, dayWordsOrBlank, orBlank } from './fields';
import { BLANK } from '../time/in-words';
import type { COMMON_TAGS, TagValues } from './vocabulary';

/** TM. (on behalf of a collective), KT. (deputy for the head), TL. (by order), TUQ. (authorised), Q. (acting). */
export const SigningPrefixSchema = z.enum(['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
export type SigningPrefix = z.infer<typeof SigningPrefixSchema>;

const name = z.string().trim().min(1).max(300);

export const AgencyProfileSchema = z.object({
  /** Tên cơ quan chủ quản, e.g. "Ủy ban nhân dân tỉnh Gia Lai"; empty when there is none. */
  parentAgency: z.string().trim().max(300),
  /** The issuing agency as written in sentences, e.g. "Ủy ban nhân dân huyện Đức Cơ". */
  agency: name,
  /** Địa danh of the date line, e.g. "Đức Cơ". */
  placeName: name,
  /** The symbol after "Số: …/" on apology letters, e.g. "PXL" or "PXL-UBND". */
  documentSymbol: z.string().trim().min(1).max(60).optional(),
  signingPrefix: SigningPrefixSchema.default(''),
  /** The head whose authority is used, e.g. "CHỦ TỊCH" after "KT." or "ỦY BAN NHÂN DÂN" after "TM.". */
  signingAuthority: z.string().trim().min(1).max(200).optional(),
  /** The signer's own position, e.g. "PHÓ CHỦ TỊCH"; may be empty after "Q." or "TM.". */
  signerTitle: z.string().trim().max(200),
  signerName: z.string().trim().max(200),
  /** "Nơi nhận:" lines without the leading "-" and the trailing ";", e.g. ["Như trên", "Lưu: VT"]. */
  recipients: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
});
export type AgencyProfile = z.infer<typeof AgencyProfileSchema>;
export type AgencyProfileInput = z.input<typeof AgencyProfileSchema>;

/** The issuing fields every document carries beside its profile. */
export const IssueSchema = z.object({
  /** The number after "Số:", usually left blank for the records office to fill in. */
  number: z.string().trim().min(1).max(30).optional(),
  /** Overrides the kind's default symbol (and the profile's, for apology letters). */
  documentSymbol: z.string().trim().min(1).max(60).optional(),
  /** The day in the place/date line; blank for a handwritten date when absent. */
  issueDate: z.iso.date().optional(),
});

export interface RecipientTags {
  /** "- Như trên;" with the punctuation of its position, the last ending with ".". */
  line: string;
  name: string;
}

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

/** "Nơi nhận:" items as Nghị định 30/2020 writes them: "- X;" for each, "- Lưu: VT." last. */
export function recipientTags(names: readonly string[]): RecipientTags[] {
  const cleaned = names.map((n) => n.replace(/^[-–•\s]+/, '').replace(/[;.,\s]+$/, '')).filter((n) => n !== '');
  return cleaned.map((n, i) => ({ name: n, line: `- ${n}${i === cleaned.length - 1 ? '.' : ';'}` }));
}

export type Issue = z.infer<typeof IssueSchema>;

export type CommonTags = TagValues<typeof COMMON_TAGS> & { recipients: RecipientTags[] };

/** What a kind supplies when its data leaves something out. */
export interface KindDefaults {
  documentSymbol: string;
  recipients: readonly string[];
}

/** The header, date line, signature and "Nơi nhận:" tags every kind shares. */
export function commonTags(profile: AgencyProfile, issue: Issue, defaults: KindDefaults): CommonTags {
  const authority = profile.signingAuthority ? upper(profile.signingAuthority) : BLANK;
  const signingLine = profile.signingPrefix === '' ? '' : `${profile.signingPrefix} ${authority}`;
  const signerTitle = upper(profile.signerTitle);
  return {
    parentAgency: upper(profile.parentAgency),
    agency: upper(profile.agency),
    agencyName: profile.agency,
    placeName: profile.placeName,
    number: orBlank(issue.number),
    documentSymbol: issue.documentSymbol ?? defaults.documentSymbol,
    issueDate: dayWordsOrBlank(issue.issueDate),
    issueDateShort: dayShortOrBlank(issue.issueDate),
    signingPrefix: profile.signingPrefix,
    signingAuthority: profile.signingAuthority ? authority : '',
    signingLine,
    signerTitle,
    signatureHeading: [signingLine, signerTitle].filter((line) => line !== '').join('\n'),
    signerName: orBlank(profile.signerName),
    recipients: recipientTags(profile.recipients ?? defaults.recipients),
  };
}
