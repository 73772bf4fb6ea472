import { Notice, type NoticeProps } from '../pages/Notice';
import { Section } from '../pages/Section';

/** The parts every document page shares: the download bar with its messages, and the preview. */
interface SaveBarProps {
  label: string;
  busy: boolean;
  notice?: NoticeProps['message'];
  /** A failed render, one line each, already in the officer's language. */
  failure: string[];
  /** Said, with a link to the agency settings, when the documents' issuing office is not set. */
  agencyMissing?: { text: string; link: string };
}

export function SaveBar({ label, busy, notice, failure, agencyMissing }: SaveBarProps) {
  return (
    <div class="save-bar">
      <button type="submit" class="button-primary" disabled={busy}>
        {label}
      </button>
      <Notice message={notice} />
      {failure.length > 0 && (
        <div class="notice notice-error" role="alert">
          <ul>
            {failure.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {agencyMissing && (
        <p class="notice notice-error">
          {agencyMissing.text}{' '}
          {/* A new tab: the typed reason and every other field stay in this one. */}
          <a href="/options.html#agency" target="_blank" rel="noopener">
            {agencyMissing.link}
          </a>
        </p>
      )}
    </div>
  );
}

interface DocumentPreviewProps {
  title: string;
  intro: string;
  empty: string;
  /** The rendered document's paragraphs; undefined while the data cannot make a document. */
  lines?: string[];
}

export function DocumentPreview({ title, intro, empty, lines }: DocumentPreviewProps) {
  return (
    <Section id="preview" title={title} intro={intro}>
      {lines ? (
        <div class="letter-preview" lang="vi">
          {lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : (
        <p>{empty}</p>
      )}
    </Section>
  );
}
