type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  message?: { tone: NoticeTone; text: string };
}

/**
 * Where a page says the outcome of an action. The live region is always in the document, so screen
 * readers announce a message that appears in it.
 */
export function Notice({ message }: NoticeProps) {
  return (
    <div class={message ? `notice notice-${message.tone}` : 'notice-empty'} role="status" aria-live="polite">
      {message?.text}
    </div>
  );
}
