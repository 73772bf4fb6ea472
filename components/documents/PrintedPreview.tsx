import { useEffect, useRef, useState } from 'preact/hooks';
import { Section } from '../pages/Section';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';

interface PrintedPreviewProps {
  /** The rendered .docx; undefined while the form cannot make a document. */
  bytes?: Uint8Array;
  t: DocsTranslate;
}

/** Typing changes the document on every key: lay the pages out once the officer pauses. */
const SETTLE_MS = 250;

/**
 * The document as Word lays it out (pages, margins, fonts, tables), drawn from the .docx itself by
 * docx-preview, and an "In" button that prints those pages alone (docs.css, @media print). Officers
 * without Word print the letter from here. docx-preview is loaded only when a page shows this.
 */
export function PrintedPreview({ bytes, t }: PrintedPreviewProps) {
  const pages = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const target = pages.current;
    if (!bytes || !target) return;
    let current = true;
    const timer = setTimeout(() => {
      // Drawn off-screen first, then swapped in, so a slower earlier render never replaces a newer one.
      const next = document.createElement('div');
      import('docx-preview')
        .then(({ renderAsync }) =>
          renderAsync(bytes, next, undefined, {
            className: 'docx',
            inWrapper: true,
            hideWrapperOnPrint: true,
            breakPages: true,
            ignoreLastRenderedPageBreak: true,
            renderHeaders: true,
            renderFooters: true,
            useBase64URL: true,
          }),
        )
        .then(() => {
          if (!current) return;
          target.replaceChildren(...next.childNodes);
          setFailure(undefined);
          setReady(true);
        })
        .catch((error: unknown) => {
          console.error('the printed view could not be drawn:', error);
          if (current) setFailure(t('print.failed', { detail: error instanceof Error ? error.message : String(error) }));
        });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [bytes]);

  return (
    <Section id="printed" title={t('print.title')} intro={t('print.intro')}>
      {bytes === undefined && <p>{t('print.none')}</p>}
      {failure && (
        <p class="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      <p class="no-print">
        <button type="button" class="button-primary" disabled={!ready || bytes === undefined} onClick={() => print()}>
          {t('print.button')}
        </button>
      </p>
      <div class="printed-pages" ref={pages} lang="vi" hidden={bytes === undefined} />
    </Section>
  );
}
