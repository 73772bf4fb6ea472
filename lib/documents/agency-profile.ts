/**
 * The issuing office's profile, shared by every kind of document: the header's two agency lines,
 * the place in the date line, the signature block and the "Nơi nhận:" list (Nghị định 30/2020).
 * The settings page stores one of these per office and reuses this schema.
 */
import { z } from 'zod';
import { dayShortOrBlank, dayWordsOrBlank, orBlank } from './fields';
import { lineWidth } from './text-width';
import { BLANK } from '../time/in-words';
import type { COMMON_TAGS, TagValues } from './vocabulary';

/** TM. (on behalf of a collective), KT. (deputy for the head), TL. (by order), TUQ. (authorised), Q. (acting). */
const SigningPrefixSchema = z.enum(['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);

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
  /**
   * Chữ viết tắt tên cơ quan, the agency part of a symbol (Nghị định 30/2020 Phụ lục I: "Số: …/BC-UBND").
   * Absent, "UBND" is used for an Ủy ban nhân dân and the symbol otherwise carries the type alone.
   */
  agencyCode: z.string().trim().min(1).max(30).optional(),
  signingPrefix: SigningPrefixSchema.default(''),
  /** The head whose authority is used, e.g. "CHỦ TỊCH" after "KT." or "ỦY BAN NHÂN DÂN" after "TM.". */
  signingAuthority: z.string().trim().min(1).max(200).optional(),
  /** The signer's own position, e.g. "PHÓ CHỦ TỊCH"; may be empty after "Q." or "TM.". */
  signerTitle: z.string().trim().max(200),
  signerName: z.string().trim().max(200),
  /** "Nơi nhận:" lines without the leading "-" and the trailing ";", e.g. ["Như trên", "Lưu: VT"]. */
  recipients: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
});
type AgencyProfile = z.infer<typeof AgencyProfileSchema>;
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

interface RecipientTags {
  /** "- Như trên;" with the punctuation of its position, the last ending with ".". */
  line: string;
  name: string;
}

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

/** "Nơi nhận:" items as Nghị định 30/2020 writes them: "- X;" for each, "- Lưu: VT." last. */
function recipientTags(names: readonly string[]): RecipientTags[] {
  const cleaned = names.map((n) => n.replace(/^[-–•\s]+/, '').replace(/[;.,\s]+$/, '')).filter((n) => n !== '');
  return cleaned.map((n, i) => ({ name: n, line: `- ${n}${i === cleaned.length - 1 ? '.' : ';'}` }));
}

type Issue = z.infer<typeof IssueSchema>;

export type CommonTags = TagValues<typeof COMMON_TAGS> & { recipients: RecipientTags[] };

/** What a kind supplies when its data leaves something out. */
interface KindDefaults {
  /** The type part of the symbol ("BC", "PXL"); the agency's code is appended unless `formSymbol`. */
  documentSymbol: string;
  /** A symbol the official form prints as it is, such as Mẫu 02's "HDHS". */
  formSymbol?: boolean;
  recipients: readonly string[];
}

/** Words that start the administrative unit at the end of an agency name ("… HUYỆN ĐỨC CƠ"). */
const UNIT_WORDS = ['THÀNH PHỐ', 'THỊ TRẤN', 'THỊ XÃ', 'ĐẶC KHU', 'TỈNH', 'HUYỆN', 'QUẬN', 'PHƯỜNG', 'XÃ'];

/** Twips of text in the default header's agency column (portrait, after cell padding). */
const AGENCY_COLUMN_TWIPS = 3602;

/**
 * An agency line as the header prints it. A break the office typed ("\n") is kept; otherwise a name
 * too wide for the agency column breaks before its administrative unit ("ỦY BAN NHÂN DÂN" /
 * "HUYỆN ĐỨC CƠ"), and the unit and place are joined by no-break spaces, so a place name is never
 * split across lines ("ĐỨC / CƠ").
 */
function agencyLine(upperName: string, bold: boolean): string {
  const lines = upperName.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length !== 1) return lines.join('\n');
  const name = lines[0]!;
  let at = -1;
  for (const word of UNIT_WORDS) {
    const found = name.lastIndexOf(` ${word} `);
    if (found > at) at = found;
  }
  if (at < 0) return name;
  const head = name.slice(0, at);
  const place = name.slice(at + 1).replace(/ /g, '\u00a0');
  return lineWidth(name, 12, bold) <= AGENCY_COLUMN_TWIPS ? `${head} ${place}` : `${head}\n${place}`;
}

/** The agency part of a symbol: the profile's code, else UBND for an Ủy ban nhân dân. */
function agencyCodeOf(profile: AgencyProfile): string | undefined {
  if (profile.agencyCode) return profile.agencyCode;
  return /^ủy ban nhân dân\b/i.test(profile.agency.normalize('NFC')) ? 'UBND' : undefined;
}

function symbolFor(profile: AgencyProfile, defaults: KindDefaults): string {
  const code = defaults.formSymbol ? undefined : agencyCodeOf(profile);
  return code === undefined ? defaults.documentSymbol : `${defaults.documentSymbol}-${code}`;
}

/** The header, date line, signature and "Nơi nhận:" tags every kind shares. */
export function commonTags(profile: AgencyProfile, issue: Issue, defaults: KindDefaults): CommonTags {
  const authority = profile.signingAuthority ? upper(profile.signingAuthority) : BLANK;
  const signingLine = profile.signingPrefix === '' ? '' : `${profile.signingPrefix} ${authority}`;
  const signerTitle = upper(profile.signerTitle);
  return {
    parentAgency: agencyLine(upper(profile.parentAgency), false),
    agency: agencyLine(upper(profile.agency), true),
    agencyName: profile.agency,
    placeName: profile.placeName,
    number: orBlank(issue.number),
    documentSymbol: issue.documentSymbol ?? symbolFor(profile, defaults),
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
