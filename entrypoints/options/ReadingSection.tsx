import { useState } from 'preact/hooks';
import type { SiteProfile } from '../../lib/portal';
import type { Language } from '../../lib/i18n/format';
import { profileDraft, profileFromDraft, type ProfileDraft, type ProfileErrors } from '../../lib/settings/profile-form';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import type { Translate } from '../../lib/i18n/pages-translator';
import { ProfileEditor } from './ProfileEditor';

interface ReadingSectionProps {
  t: Translate;
  lang: Language;
  /** The profiles in the draft; changes are saved with the rest of the page. */
  profiles: readonly SiteProfile[];
  onChange(profiles: SiteProfile[]): void;
}

/** What is being edited: a new profile, or the one at `index`. */
interface Editing {
  index?: number;
  draft: ProfileDraft;
}

/** The browser's own selector engine decides what a valid CSS selector is. */
function isSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function ReadingSection({ t, lang, profiles, onChange }: ReadingSectionProps) {
  const [editing, setEditing] = useState<Editing>();
  const [showErrors, setShowErrors] = useState(false);
  const [notice, setNotice] = useState<NoticeProps['message']>();

  const others = editing ? profiles.filter((_, i) => i !== editing.index) : profiles;
  const result = editing ? profileFromDraft(editing.draft, { others, isSelector }) : undefined;
  // Only an empty input can be wrong before it is typed in (the origin); it is not scolded until used.
  const visible = (errors: ProfileErrors, draft: ProfileDraft): ProfileErrors =>
    showErrors || draft.origin.trim() !== '' ? errors : { ...errors, origin: undefined };

  const open = (index?: number) => {
    const profile = index === undefined ? undefined : profiles[index];
    setEditing({ index, draft: profileDraft(profile) });
    setShowErrors(false);
    setNotice(undefined);
  };

  const apply = () => {
    const profile = result?.profile;
    if (!editing || !profile) {
      setShowErrors(true);
      setNotice({ tone: 'error', text: t('reading.fixFirst') });
      return;
    }
    const next = [...profiles];
    if (editing.index === undefined) next.push(profile);
    else next[editing.index] = profile;
    onChange(next);
    setEditing(undefined);
    setNotice({ tone: 'success', text: t('reading.applied', { origin: profile.origin }) });
  };

  const remove = (index: number) => {
    const profile = profiles[index];
    if (!profile) return;
    onChange(profiles.filter((_, i) => i !== index));
    if (editing?.index === index) setEditing(undefined);
    setNotice({ tone: 'success', text: t('reading.removed', { origin: profile.origin }) });
  };

  return (
    <Section id="reading" title={t('section.reading')} intro={t('section.reading.intro')}>
      {profiles.length === 0 ? (
        <p>{t('reading.none')}</p>
      ) : (
        <ul class="site-list">
          {profiles.map((profile, index) => (
            <li key={profile.origin}>
              <span class="origin">{profile.origin}</span>
              {profile.name && <span> — {profile.name}</span>}
              <span class="field-help"> ({t('reading.rules', { count: Object.keys(profile.columns).length })})</span>{' '}
              <button type="button" aria-label={t('reading.editLabel', { origin: profile.origin })} onClick={() => open(index)}>
                {t('reading.edit')}
              </button>{' '}
              <button type="button" aria-label={t('reading.removeLabel', { origin: profile.origin })} onClick={() => remove(index)}>
                {t('reading.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {editing && result ? (
        <ProfileEditor
          t={t}
          lang={lang}
          draft={editing.draft}
          errors={visible(result.errors, editing.draft)}
          profile={result.profile}
          onDraft={(draft) => setEditing({ ...editing, draft })}
          onInvalid={() => setShowErrors(true)}
          onApply={apply}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <p>
          <button type="button" onClick={() => open()}>
            {t('reading.add')}
          </button>
        </p>
      )}
      <Notice message={notice} />
    </Section>
  );
}
