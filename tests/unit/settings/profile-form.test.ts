import { describe, expect, it } from 'vitest';
import { checkedColumns, PROFILE_FIELDS, profileDraft, profileFromDraft } from '../../../lib/settings/profile-form';
import type { SiteProfile } from '../../../lib/portal';

/** Node has no selector engine; a bracket left open stands for the browser's refusal. */
const context = (others: SiteProfile[] = []) => ({ others, isSelector: (s: string) => !s.includes('[') || s.includes(']') });

describe('profile editor draft', () => {
  it('round-trips a full profile, and "auto" is not stored', () => {
    const profile: SiteProfile = {
      origin: 'https://gialai.motcua.vnpt.vn',
      name: 'Một cửa Gia Lai',
      listSelector: 'table.adminlist',
      columns: { dueAt: { header: 'Ngày giờ tiếp nhận' }, code: { selector: 'td:nth-child(2) a', header: 'Số biên nhận' } },
      dateOrder: 'ymd',
    };
    expect(profileFromDraft(profileDraft(profile), context())).toEqual({ profile, errors: {} });
    const auto = profileDraft({ ...profile, dateOrder: 'auto' });
    expect(profileFromDraft(auto, context()).profile).not.toHaveProperty('dateOrder');
  });

  it('offers every reader field but the ignored columns', () => {
    expect(PROFILE_FIELDS).toContain('dueAt');
    expect(PROFILE_FIELDS).not.toContain('ignored');
    expect(Object.keys(profileDraft().columns)).toEqual(PROFILE_FIELDS);
  });

  it('normalises the origin, trims text and keeps only filled rules', () => {
    const draft = profileDraft();
    draft.origin = ' gialai.motcua.vnpt.vn/vi/dossier ';
    draft.name = '  ';
    draft.columns.dueAt = { header: '  Hạn trả  ', selector: ' ' };
    expect(profileFromDraft(draft, context()).profile).toEqual({
      origin: 'https://gialai.motcua.vnpt.vn',
      columns: { dueAt: { header: 'Hạn trả' } },
    });
  });

  it('files each problem under its input', () => {
    const draft = profileDraft();
    draft.origin = 'not a site';
    draft.listSelector = 'table[';
    draft.name = 'x'.repeat(201);
    draft.columns.status = { header: 'h'.repeat(201), selector: 'td:nth-child(' + '[' };
    const result = profileFromDraft(draft, context());
    expect(result.profile).toBeUndefined();
    expect(result.errors).toEqual({
      origin: { code: 'origin-format', params: {} },
      listSelector: { code: 'css-selector', params: { selector: 'table[' } },
      name: { code: 'too-long', params: { max: 200 } },
      'header.status': { code: 'too-long', params: { max: 200 } },
      'selector.status': { code: 'css-selector', params: { selector: 'td:nth-child([' } },
    });
  });

  it('refuses a second profile for an origin', () => {
    const draft = profileDraft();
    draft.origin = 'https://gialai.motcua.vnpt.vn/';
    const taken = [{ origin: 'https://gialai.motcua.vnpt.vn', columns: {} }];
    expect(profileFromDraft(draft, context(taken)).errors.origin).toEqual({
      code: 'profile-exists',
      params: { origin: 'https://gialai.motcua.vnpt.vn' },
    });
  });
});

describe('checkedColumns', () => {
  it('labels the fields read, in the editor order, leaving out unlabelled record fields', () => {
    expect(checkedColumns({ rows: 12, fields: { status: 10, code: 12, dueAt: 12, dueDateOnly: 3, statusText: 12 } })).toEqual([
      { label: 'Mã hồ sơ', count: 12 },
      { label: 'Ngày hẹn trả', count: 12 },
      { label: 'Trạng thái', count: 10 },
    ]);
  });
});
