/**
 * `npm run editor`'s servers: decap-server in git mode on the project's repository (a child
 * process on a private port) behind one local HTTP server that serves /admin/, the built site
 * (dist/) when there is one, and forwards /api/v1 to decap-server.
 *
 * decap-server commits with `git add .`, which would sweep any stray file of the working tree
 * into the entry's commit. So every request that commits is first checked: when the working
 * tree has a change that is not the editor's own, the request is refused with a message saying
 * which files and what to do, and nothing is committed.
 *
 * decap-server lists an entry under review by `git diff <base> <entry branch>` (two dots): once
 * another SOP is published, that SOP shows up as "deleted" in every other entry under review,
 * and Decap then opens the wrong file (an empty text: "tidak diawali frontmatter"). The answer
 * to `unpublishedEntry` is therefore cut down to the files the entry's branch itself changed
 * (`git diff <base>...<entry branch>`, three dots).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const COMMITTING = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'publishUnpublishedEntry', 'deleteUnpublishedEntry', 'updateUnpublishedEntryStatus']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files changed in the working tree (`git status --porcelain`), as "path" strings. */
export function strayFiles(repo: string): string[] {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((l) => l.slice(3));
}

export function currentBranch(repo: string): string {
  return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
}

/** Files changed on `branch` since it left `base` (`git diff --name-only base...branch`). */
export function branchOwnFiles(repo: string, base: string, branch: string): Set<string> {
  const name = /^[\w.][\w./-]*$/;
  if (!name.test(base) || !name.test(branch)) throw new Error(`Nama cabang tidak sah: ${base} / ${branch}`);
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', `${base}...${branch}`], { cwd: repo, encoding: 'utf8' });
  return new Set(out.split('\n').filter(Boolean));
}

interface UnpublishedEntryAnswer {
  diffs?: { path?: string; oldPath?: string }[];
}

/** decap-server's answer to `unpublishedEntry`, with only the entry branch's own files. */
export function ownDiffs(answer: UnpublishedEntryAnswer, own: ReadonlySet<string>): UnpublishedEntryAnswer {
  if (!Array.isArray(answer.diffs)) return answer;
  return { ...answer, diffs: answer.diffs.filter((d) => own.has(d.path ?? '') || own.has(d.oldPath ?? '')) };
}

export function strayMessage(files: readonly string[]): string {
  return `Perubahan tidak disimpan: folder proyek berisi berkas yang belum dicatat (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', ...' : ''}). Editor hanya mencatat berkas SOP yang Anda ubah. Minta pengelola mencatat (commit) atau memindahkan berkas itu, lalu simpan lagi.`;
}

function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
  createReadStream(file).pipe(res);
}

function resolveUnder(root: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const full = resolve(root, `.${normalize(`/${p}`)}`);
  if (full !== resolve(root) && !full.startsWith(resolve(root) + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(full) ? full : null;
}

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

export interface EditorServerOptions {
  repo: string;
  adminDir: string;
  siteDir?: string;
  port?: number;
  host?: string;
  csp: string;
}

async function startDecapServer(repo: string): Promise<{ child: ChildProcess; port: number }> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('decap-server/dist/index.js');
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    let log = '';
    const onData = (b: Buffer) => {
      log += b.toString();
      if (log.includes('listening on')) ok();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`decap-server berhenti (kode ${code}): ${log.trim()}`)));
  });
  return { child, port };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

export async function startEditorServer(o: EditorServerOptions): Promise<EditorServer> {
  const decap = await startDecapServer(o.repo);
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/v1')) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      const body = await readBody(req);
      let action = '';
      let params: { branch?: string; id?: string; collection?: string; slug?: string } = {};
      try {
        const parsed = JSON.parse(body.toString() || '{}') as { action?: string; params?: typeof params };
        action = String(parsed.action ?? '');
        params = parsed.params ?? {};
      } catch {
        /* decap-server answers malformed requests itself */
      }
      if (COMMITTING.has(action)) {
        const stray = strayFiles(o.repo);
        if (stray.length) {
          res.writeHead(409, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ error: strayMessage(stray) }));
          return;
        }
      }
      const fwd = request(
        { host: '127.0.0.1', port: decap.port, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) } },
        (r) => {
          const entryBranch = `cms/${params.id ?? `${params.collection}/${params.slug}`}`;
          if (action !== 'unpublishedEntry' || r.statusCode !== 200 || !params.branch) {
            res.writeHead(r.statusCode ?? 502, { 'content-type': r.headers['content-type'] ?? 'application/json' });
            r.pipe(res);
            return;
          }
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => {
            let answer = Buffer.concat(chunks).toString();
            try {
              answer = JSON.stringify(ownDiffs(JSON.parse(answer) as UnpublishedEntryAnswer, branchOwnFiles(o.repo, params.branch!, entryBranch)));
            } catch {
              /* passed on unchanged */
            }
            res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
            res.end(answer);
          });
        },
      );
      fwd.on('error', () => {
        res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'Server penyimpanan (decap-server) tidak menjawab. Tutup lalu jalankan lagi npm run editor.' }));
      });
      fwd.end(body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url === '/admin') {
      res.writeHead(301, { location: '/admin/' }).end();
      return;
    }
    if (url.startsWith('/admin/')) {
      const file = resolveUnder(o.adminDir, url.slice('/admin'.length));
      if (file) return sendFile(res, file, extname(file) === '.html' ? { 'content-security-policy': o.csp } : {});
    } else if (o.siteDir) {
      const file = resolveUnder(o.siteDir, url);
      if (file) return sendFile(res, file);
    } else if (url === '/') {
      res.writeHead(302, { location: '/admin/' }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="id"><meta charset="utf-8"><title>Tidak ditemukan</title><p>Halaman tidak ditemukan. <a href="/admin/">Buka editor SOP</a>.</p></html>');
  });
  await new Promise<void>((r) => server.listen(o.port ?? 0, o.host ?? '127.0.0.1', r));
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${o.host ?? '127.0.0.1'}:${addr.port}`,
    close: () =>
      new Promise<void>((r) => {
        decap.child.kill();
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
