/**
 * The demo portal: serves tests/fixtures/portal/ under `/fixtures/` the way the real portals would,
 * with query-dependent server pages (fixture A's paging, DataGrid mode and detail; C1's detail), the SPA
 * fallback for fixture B's `/vi/*` routes, and mock JSON APIs built from the dataset.
 *
 * `handleDemoRequest` is the whole site as a function of the URL, so a browser harness can fulfil
 * intercepted requests for a real portal origin without a TCP server; `startDemoServer` wraps it in
 * Node's http server. Run `tsx scripts/demo-server.ts [port]` to browse the demo.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { c1Search, igateDetail, igateSearch, type JsonReply } from '../tests/fixtures/portal/mock-api';

export const FIXTURE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portal');
export const FIXTURE_PREFIX = '/fixtures/';

export interface DemoResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
};

const DOSSIER_ID = /^D(0[1-9]|1[0-3])$/;
const A_DETAIL_IDS = /^D(0[1-9]|1[0-2])$/;

function reply(status: number, contentType: string, body: string | Buffer): DemoResponse {
  return {
    status,
    headers: { 'content-type': contentType, 'cache-control': 'no-store' },
    body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  };
}

function notFound(): DemoResponse {
  return reply(
    404,
    'text/html; charset=utf-8',
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head>' +
      '<body><h1>404</h1><p>Không tìm thấy trang yêu cầu.</p></body></html>',
  );
}

function json({ status, body }: JsonReply): DemoResponse {
  return reply(status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/**
 * Maps a path under `/fixtures/` to a file of the fixture folder, or undefined when it would leave it
 * or names something that is not a page asset (the dataset's TypeScript stays private).
 */
function fixtureFile(relative: string): string | undefined {
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\') || segment.includes('\0'))) {
    return undefined;
  }
  if (!(extname(relative) in CONTENT_TYPES)) return undefined;
  const file = resolve(FIXTURE_ROOT, ...segments);
  return file.startsWith(FIXTURE_ROOT + sep) ? file : undefined;
}

async function serveFile(relative: string): Promise<DemoResponse> {
  const file = fixtureFile(relative);
  if (!file) return notFound();
  try {
    return reply(200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    return notFound();
  }
}

/** Server-rendered pages whose content depends on the query, as a PHP/ASP.NET portal's would. */
function serverPage(relative: string, query: URLSearchParams): string | undefined {
  switch (relative) {
    case 'a/danh-sach-ho-so.html': {
      if (query.get('mode') === 'datagrid') return 'a/danh-sach-ho-so-datagrid.html';
      const page = query.get('page') ?? '1';
      if (page === '1') return relative;
      if (page === '2') return 'a/danh-sach-ho-so-p2.html';
      return undefined;
    }
    case 'a/chi-tiet.html': {
      const id = query.get('id') ?? '';
      return A_DETAIL_IDS.test(id) ? `a/chi-tiet/${id}.html` : undefined;
    }
    case 'c/theo-doi-ho-so/chi-tiet.html': {
      const id = query.get('id') ?? '';
      return DOSSIER_ID.test(id) ? `c/theo-doi-ho-so/chi-tiet/${id}.html` : undefined;
    }
    default:
      return relative;
  }
}

const IGATE_DETAIL = /^b\/api\/pa\/dossier\/([0-9a-f]{24})\/--online$/;

/** The demo site as a function of the requested URL (any origin; only the path and query matter). */
export async function handleDemoRequest(url: URL): Promise<DemoResponse> {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (path === '/' || path === '/fixtures') {
    return { status: 302, headers: { location: FIXTURE_PREFIX, 'cache-control': 'no-store' }, body: Buffer.alloc(0) };
  }
  if (!path.startsWith(FIXTURE_PREFIX)) return notFound();
  const relative = path.slice(FIXTURE_PREFIX.length);

  if (relative === '') return serveFile('index.html');
  if (relative === 'b/api/pa/dossier/search') return json(igateSearch(url.searchParams));
  const detail = IGATE_DETAIL.exec(relative);
  if (detail?.[1]) return json(igateDetail(detail[1]));
  if (relative === 'c/api/v1/hoso/search-theo-doi') return json(c1Search(url.searchParams));
  // Angular's router owns every /vi/ route: the server answers them all with the shell.
  if (relative === 'b/' || relative.startsWith('b/vi/')) return serveFile('b/index.html');

  const page = serverPage(relative, url.searchParams);
  return page ? serveFile(page) : notFound();
}

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the demo site over HTTP; port 0 (the default) picks a free port. */
export async function startDemoServer(opts: { port?: number; host?: string } = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? host}`);
    request.resume();
    // Server-rendered portals answer their own form posts (A's filter) with the same page.
    const answer = ['GET', 'HEAD', 'POST'].includes(request.method ?? '') ? handleDemoRequest(url) : Promise.resolve(notFound());
    answer
      .then((result) => {
        response.writeHead(result.status, { ...result.headers, 'content-length': String(result.body.length) });
        response.end(request.method === 'HEAD' ? undefined : result.body);
      })
      .catch(() => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Lỗi máy chủ / Server error');
      });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${FIXTURE_PREFIX}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const port = Number(process.argv[2] ?? 8080);
  startDemoServer({ port, host: '127.0.0.1' }).then(
    (server) => console.log(`Cổng demo / Demo portal: ${server.url}`),
    (error: unknown) => {
      console.error(`Không khởi động được máy chủ demo / Could not start the demo server: ${String(error)}`);
      process.exitCode = 1;
    },
  );
}
