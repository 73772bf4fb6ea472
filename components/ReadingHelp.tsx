import { translate, type Language } from '../lib/i18n/format';
import { overlayMessages, type OverlayKey } from '../lib/i18n/overlay';
import { TEACH_FIELDS, type TeachField } from '../lib/portal/teach';

/**
 * The panel's help when a page is not (fully) understood: teach it in clicks ("Chỉ cho Nhắc Hạn cột
 * nào là gì") or save a structure-only description for a maintainer ("Lưu mô tả trang").
 */
interface ReadingHelpProps {
  language: Language;
  /** The field whose cell the officer is asked to click now; undefined when not teaching. */
  asking?: TeachField;
  /** A result or a problem to say (already translated). */
  message?: string;
  onTeach(): void;
  onDescribe(): void;
  /** Saves what was clicked so far (allowed once the due date and the code are known). */
  onSave(): void;
  onCancel(): void;
}

export function ReadingHelp(props: ReadingHelpProps) {
  const t = (key: OverlayKey, params?: Record<string, string | number>) => translate(overlayMessages, props.language, key, params);
  const step = props.asking ? TEACH_FIELDS.indexOf(props.asking) : -1;
  return (
    <div class="help">
      {props.message && <p role="status">{props.message}</p>}
      {props.asking ? (
        <>
          <p class="ask">{t('teach.click', { field: t(`teach.field.${props.asking}`) })}</p>
          {step >= 2 && (
            <button type="button" onClick={props.onSave}>
              {t('teach.save')}
            </button>
          )}{' '}
          <button type="button" onClick={props.onCancel}>
            {t('teach.cancel')}
          </button>
        </>
      ) : (
        <>
          <button type="button" class="link" onClick={props.onTeach}>
            {t('teach.start')}
          </button>{' '}
          <button type="button" class="link" onClick={props.onDescribe}>
            {t('teach.describe')}
          </button>
        </>
      )}
    </div>
  );
}
