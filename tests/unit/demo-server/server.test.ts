import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { get, getPage } from './helpers';

describe('demo site routing', () => {
  it('serves the index linking every variant', async () => {
    const { response, doc } = await getPage('/fixtures/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        'a/danh-sach-ho-so.html?page=2',
        'a/danh-sach-ho-so.html?mode=datagrid',
        'b/vi/dossier/processing',
        'c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html',
        'c/so-theo-doi.html',
        'c/opencps.html',
      ]),
    );
  });

  it('redirects the bare origin to the index', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/fixtures/');
  });

  it.each([
    ['/fixtures/a/css/r3.css', 'text/css; charset=utf-8'],
    ['/fixtures/a/images/quoc-huy.svg', 'image/svg+xml; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  it.each([
    '/fixtures/nothing.html',
    '/fixtures/dataset.ts',
    '/fixtures/mock-api.ts',
    '/package.json',
    '/fixtures/a%2f..%2f..%2f..%2f..%2fpackage.json',
    '/fixtures/a/..%5c..%5cdataset.ts',
    '/fixtures/a/%00.html',
    '/fixtures/%E0%A4%A.html',
  ])('refuses %s with 404', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).not.toContain('"name": "nhac-han"');
  });
});

describe('startDemoServer', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function raw(method: string, path: string): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method, path }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('listens on a free port and reports its URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/fixtures/`);
  });

  it('serves a page over HTTP as UTF-8', async () => {
    const answer = await raw('GET', '/fixtures/a/danh-sach-ho-so.html?page=2');
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('Hoàng Thị Ví Dụ');
  });

  it('answers the list form post with the same server page', async () => {
    const answer = await raw('POST', '/fixtures/a/danh-sach-ho-so.html');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Danh sách hồ sơ đang xử lý');
  });

  it('refuses a raw dot-dot path that no URL parser normalised', async () => {
    const answer = await raw('GET', '/fixtures/../../package.json');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('nhac-han');
  });

  it('refuses other methods', async () => {
    expect((await raw('DELETE', '/fixtures/')).status).toBe(404);
  });
});
