import { useEffect, useState } from 'preact/hooks';
import { TEMPLATE_KINDS, type DocsProblem, type TemplateKind } from '../../lib/documents';
import type { OfficeTemplates } from '../../lib/documents/templates';
import { loadOfficeTemplates, removeOfficeTemplate, uploadOfficeTemplate } from '../../lib/documents/templates/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { DOCX_TYPE, downloadBytes } from '../../lib/documents/page/download';
import { errorLines } from '../../lib/documents/page/error-lines';
import { defaultTemplateFileName } from '../../lib/documents/page/file-names';
import { shortTime } from '../../lib/time/display';
import { defaultTemplateBytes } from '../../lib/documents/templates/current';
import type { TabProps } from './context';

export function TemplatesTab({ lang, t }: TabProps) {
  const [templates, setTemplates] = useState<OfficeTemplates>();
  const [problems, setProblems] = useState<{ kind: TemplateKind; list: DocsProblem[] }>();
  const [notice, setNotice] = useState<NoticeProps['message']>();

  const fail = (error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
  useEffect(() => void loadOfficeTemplates().then(setTemplates).catch(fail), []);

  const upload = async (kind: TemplateKind, file: File | undefined) => {
    if (!file) return;
    setNotice(undefined);
    setProblems(undefined);
    try {
      const outcome = await uploadOfficeTemplate(kind, file.name, new Uint8Array(await file.arrayBuffer()), vietnamLocalTime());
      if (outcome.ok) {
        setTemplates(outcome.templates);
        setNotice({ tone: 'success', text: t('templates.stored', { file: file.name, kind: t(`kind.${kind}`) }) });
      } else {
        setProblems({ kind, list: outcome.problems });
        setNotice({ tone: 'error', text: t('templates.refused', { file: file.name, count: outcome.problems.length }) });
      }
    } catch (error) {
      fail(error);
    }
  };
  const downloadDefault = async (kind: TemplateKind) => {
    try {
      downloadBytes(await defaultTemplateBytes(kind), defaultTemplateFileName(kind), DOCX_TYPE);
    } catch (error) {
      fail(error);
    }
  };
  const useDefault = async (kind: TemplateKind) => {
    try {
      setTemplates(await removeOfficeTemplate(kind));
      setNotice({ tone: 'success', text: t('templates.removed', { kind: t(`kind.${kind}`) }) });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Section id="templates" title={t('tab.templates')} intro={t('templates.intro')}>
      <Notice message={notice} />
      {problems && (
        <div class="notice notice-error" role="alert">
          <p>{t('templates.problems', { kind: t(`kind.${problems.kind}`) })}</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>
                {p.message[lang]}
                {p.tag ? <> {t('templates.tag', { tag: p.tag })}</> : null}
                {p.where ? <> {t('templates.where', { where: p.where })}</> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {templates &&
        TEMPLATE_KINDS.map((kind) => {
          const office = templates[kind];
          const inputId = `template-${kind}`;
          return (
            <div key={kind} class="template-kind">
              <h3>{t(`kind.${kind}`)}</h3>
              <p>{office ? t('templates.office', { file: office.name, at: shortTime(office.uploadedAt) }) : t('templates.default')}</p>
              <div class="control-row">
                <label for={inputId}>{t('templates.upload')}</label>
                <input
                  id={inputId}
                  type="file"
                  accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(e) => {
                    void upload(kind, e.currentTarget.files?.[0]);
                    e.currentTarget.value = '';
                  }}
                />
              </div>
              <p class="control-row">
                <button type="button" class="button-quiet" onClick={() => void downloadDefault(kind)}>
                  {t('templates.downloadDefault')}
                </button>
                {office && (
                  <button type="button" onClick={() => void useDefault(kind)}>
                    {t('templates.useDefault')}
                  </button>
                )}
              </p>
            </div>
          );
        })}
    </Section>
  );
}
