import { describe, expect, it } from 'vitest';
import { dossier, PAGE_LISTS } from '../../fixtures/portal/dataset';
import { portalFacts } from '../../fixtures/portal/portal-facts';
import { get, getJson, getPage, keyOfCode } from './helpers';

type Item = Record<string, any>;

function pageKeys(json: Record<string, unknown>): (string | undefined)[] {
  return (json.content as Item[]).map((item) => keyOfCode(item.code as string));
}

describe('fixture B: SPA shell', () => {
  it.each([
    '/fixtures/b/vi/dossier/processing',
    '/fixtures/b/vi/dossier/processing?paging=server',
    '/fixtures/b/vi/dossier/processing/62a9989a2466600857581c01?procedure=6243fed45b82236f1d1c21fe&task=62a9989a2466600857581d01&xpandStatus=false',
    '/fixtures/b/vi/any/other/route',
  ])('answers %s with the same shell and no rows', async (path) => {
    const { response, doc } = await getPage(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('/fixtures/b/');
    expect(doc.querySelector('app-root .app-loading')).not.toBeNull();
    expect(doc.querySelector('mat-row, mat-table, table')).toBeNull();
    expect(doc.querySelector('script[src="main.js"]')).not.toBeNull();
  });

  it('serves the app script', async () => {
    const response = await get('/fixtures/b/main.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body.toString('utf8')).toContain("'api/pa/dossier/search?page='");
  });

  it('does not fall back outside /vi/', async () => {
    expect((await get('/fixtures/b/khac/trang')).status).toBe(404);
  });
});

describe('fixture B: iGate search API', () => {
  it.each([0, 1, 2])('pages by updatedDate desc by default (page %i)', async (page) => {
    const { response, json } = await getJson(`/fixtures/b/api/pa/dossier/search?page=${page}&size=5&spec=page&sort=updatedDate,desc`);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(pageKeys(json)).toEqual(PAGE_LISTS.bByUpdated[page]);
    expect(json).toMatchObject({ totalElements: 12, totalPages: 3, number: page, size: 5, pageable: { pageNumber: page, pageSize: 5 } });
  });

  it.each([0, 1, 2])('pages by appointmentDate asc after the sort toggle (page %i)', async (page) => {
    const { json } = await getJson(`/fixtures/b/api/pa/dossier/search?page=${page}&size=5&spec=page&sort=appointmentDate,asc`);
    expect(pageKeys(json)).toEqual(PAGE_LISTS.bByAppointment[page]);
  });

  it('returns all twelve at once for client paging', async () => {
    const { json } = await getJson('/fixtures/b/api/pa/dossier/search?page=0&size=50&spec=page&sort=updatedDate,desc');
    expect(pageKeys(json)).toEqual(PAGE_LISTS.bByUpdated.flat());
  });

  it('omits totals for spec=slice, as a Spring Slice does', async () => {
    const { json } = await getJson('/fixtures/b/api/pa/dossier/search?page=2&size=5&spec=slice');
    expect(json.totalElements).toBeUndefined();
    expect(json.totalPages).toBeUndefined();
    expect(json).toMatchObject({ last: true, numberOfElements: 2 });
  });

  it('filters by code like the Gia Lai helper query', async () => {
    const { json } = await getJson('/fixtures/b/api/pa/dossier/search?page=0&size=20&spec=slice&code=H21.57.53-220516-0003');
    expect(pageKeys(json)).toEqual(['D09']);
  });

  it('writes an item in the iGate shape, with +0700 dates and a +84 phone', async () => {
    const { json } = await getJson('/fixtures/b/api/pa/dossier/search?page=1&size=5');
    const d01 = (json.content as Item[]).find((item) => item.code === 'H21.57.14-220513-0001');
    expect(d01).toMatchObject({
      id: '62a9989a2466600857581c01',
      procedure: { id: '6243fed45b82236f1d1c21fe', code: '1.001612', translate: [{ languageId: 228, name: 'Đăng ký thành lập hộ kinh doanh' }] },
      applicant: { data: { fullname: 'Nguyễn Văn Thử', phoneNumber: '+84900000101', identityNumber: '064000000001', address: 'Thôn Mẫu 1', village: { label: 'Xã Ia Dơk' } } },
      agency: { code: 'H21.57.14', name: 'Bộ phận tiếp nhận huyện Đức Cơ' },
      currentTask: [{ id: '62a9989a2466600857581d01', agency: { code: 'H21.57.07', name: [{ languageId: 228, name: 'Phòng Tài chính - Kế hoạch' }] } }],
      acceptedDate: '2022-05-13T09:15:00.000+0700',
      appointmentDate: '2022-05-20T17:00:00.000+0700',
      completedDate: null,
      dossierStatus: { name: 'Đang xử lý' },
    });
  });

  it('carries the shape variations real payloads show', async () => {
    const { json } = await getJson('/fixtures/b/api/pa/dossier/search?page=0&size=50');
    const byKey = new Map((json.content as Item[]).map((item) => [keyOfCode(item.code as string), item]));
    expect(byKey.get('D03')?.procedure.translate).toEqual({ languageId: 228, name: dossier('D03').procedure });
    expect(byKey.get('D05')?.agency.name).toEqual([{ languageId: 228, name: 'Bộ phận tiếp nhận huyện Đức Cơ' }]);
    // D12 stored in UTC: 16:20 in Vietnam is 09:20Z.
    expect(byKey.get('D12')?.appointmentDate).toBe('2022-05-20T09:20:00.000+0000');
    expect(byKey.get('D12')?.acceptedDate).toBe('2022-05-17T09:20:00.000+0000');
    expect(byKey.get('D06')?.dossierStatus.name).toBe('Chờ bổ sung');
    expect(byKey.get('D07')?.returnedDate).toBe('2022-05-12T10:00:00.000+0700');
  });
});

describe('fixture B: detail API', () => {
  it('answers /--online for a known id with the eForm data', async () => {
    const id = portalFacts(dossier('D02')).igateId;
    const { response, json } = await getJson(`/fixtures/b/api/pa/dossier/${id}/--online`);
    expect(response.status).toBe(200);
    expect(json).toMatchObject({ id, code: 'H21.57.14-220505-0007', eForm: { data: { noidungyeucaugiaiquyet: dossier('D02').procedure } } });
  });

  it('answers an unknown id with 404 JSON', async () => {
    const { response, json } = await getJson('/fixtures/b/api/pa/dossier/000000000000000000000000/--online');
    expect(response.status).toBe(404);
    expect(json.message).toBe('Không tìm thấy hồ sơ');
  });
});
