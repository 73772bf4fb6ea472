import type { ComponentChildren } from 'preact';

interface SectionProps {
  /** The anchor other pages link to, e.g. `options.html#calendar`. */
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
  /** Shown as a button at the end of the section when given. */
  reset?: { label: string; onReset(): void };
}

export function Section({ id, title, intro, children, reset }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} class="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p class="section-intro">{intro}</p>}
      {children}
      {reset && (
        <p class="section-actions">
          <button type="button" class="button-quiet" onClick={reset.onReset}>
            {reset.label}
          </button>
        </p>
      )}
    </section>
  );
}
