import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MORNING_REMINDER_KEY, readMorningReminder, type MorningReminder } from '../../lib/reminder/morning';
import { parseTimeOfDay } from '../../lib/time/entry';
import { CheckboxField, Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import type { Translate } from '../../lib/i18n/pages-translator';

/**
 * The morning reminder's switch and start time. It acts at once, not on Save, like the portal list:
 * turning it on asks the browser for `notifications` (inside the click's user gesture), and turning
 * it off gives the permission back.
 */
export function MorningSection({ t }: { t: Translate }) {
  const [value, setValue] = useState<MorningReminder>();
  const [time, setTime] = useState('');
  const [notice, setNotice] = useState<NoticeProps['message']>();

  useEffect(() => {
    browser.storage.local
      .get(MORNING_REMINDER_KEY)
      .then((stored) => {
        const read = readMorningReminder(stored[MORNING_REMINDER_KEY]);
        setValue(read);
        setTime(read.time);
      })
      .catch((error: unknown) => setNotice({ tone: 'error', text: t('morning.failed', { detail: String(error) }) }));
  }, []);

  const store = async (next: MorningReminder) => {
    await browser.storage.local.set({ [MORNING_REMINDER_KEY]: next });
    setValue(next);
  };

  const toggle = async (on: boolean) => {
    if (!value) return;
    try {
      if (on) {
        // First awaited call: the request must stay inside the click's user gesture.
        if (!(await browser.permissions.request({ permissions: ['notifications'] }))) {
          setNotice({ tone: 'warning', text: t('morning.denied') });
          return;
        }
        await store({ ...value, enabled: true });
        setNotice({ tone: 'success', text: t('morning.on', { time: value.time }) });
      } else {
        await store({ ...value, enabled: false });
        await browser.permissions.remove({ permissions: ['notifications'] });
        setNotice({ tone: 'success', text: t('morning.off') });
      }
    } catch (error) {
      console.error('morning reminder switch failed:', error);
      setNotice({ tone: 'error', text: t('morning.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const parsedTime = parseTimeOfDay(time.trim());
  const saveTime = async () => {
    if (!value || parsedTime === undefined || parsedTime === value.time) return;
    try {
      await store({ ...value, time: parsedTime });
      setTime(parsedTime);
      if (value.enabled) setNotice({ tone: 'success', text: t('morning.on', { time: parsedTime }) });
    } catch (error) {
      setNotice({ tone: 'error', text: t('morning.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <Section id="morning" title={t('section.morning')} intro={t('section.morning.intro')}>
      {value && (
        <>
          <CheckboxField id="morning-enabled" label={t('morning.enabled')} checked={value.enabled} onChange={(on) => void toggle(on)} />
          <Field id="morning-time" label={t('morning.time')} help={t('morning.timeHelp')} error={parsedTime === undefined ? t('morning.timeInvalid') : undefined}>
            {(control) => (
              <input {...control} type="text" class="input-time" value={time} onInput={(e) => setTime(e.currentTarget.value)} onBlur={() => void saveTime()} />
            )}
          </Field>
        </>
      )}
      <Notice message={notice} />
    </Section>
  );
}
