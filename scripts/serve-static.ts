/**
 * A tiny static server on loopback for the benchmarks and the browser tests: it serves a snapshot
 * of build/ (so a rebuild mid-run changes nothing) the way a static host would (the benchmark adds
 * its floor page), gzips text like a static host would,
 * and logs every request with its raw and gzip size, so a run's bytes can be counted even for what
 * the browser's Resource Timing does not see (MapLibre's worker script).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};
const COMPRESS = /\.(html|m?js|css|json|geojson|svg)$/;

export interface Logged {
	path: string;
	/** Date.now() when the request arrived. */
	at: number;
	raw: number;
	gzip: number;
}

export interface Served {
	origin: string;
	log: Logged[];
	close: () => Promise<void>;
}

/** Raw and gzip size of every file, computed once. */
const sizes = new Map<string, { raw: Buffer; gz: Buffer | null }>();
function load(file: string) {
	let s = sizes.get(file);
	if (!s) {
		const raw = fs.readFileSync(file);
		s = { raw, gz: COMPRESS.test(file) ? zlib.gzipSync(raw, { level: 6 }) : null };
		sizes.set(file, s);
	}
	return s;
}

/** Resolves a URL path the way adapter-static's output expects: /a → a.html or a/index.html. */
function resolveFile(roots: [string, string][], urlPath: string): string | null {
	for (const [prefix, dir] of roots) {
		if (!urlPath.startsWith(prefix)) continue;
		const rel = decodeURIComponent(urlPath.slice(prefix.length));
		const base = path.join(dir, rel);
		if (!base.startsWith(dir)) return null;
		for (const f of [base, base + '.html', path.join(base, 'index.html')])
			if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
	}
	return null;
}

/**
 * Serves `roots` ([url prefix, folder], first match wins) on 127.0.0.1 at a free port.
 * @example const s = await serve([['/floor/', floorDir], ['/', siteDir]]); … await s.close();
 */
export function serve(
	roots: [string, string][],
	{ port = 0, keepLog = true }: { port?: number; keepLog?: boolean } = {}
): Promise<Served> {
	const log: Logged[] = [];
	const server = http.createServer((req, res) => {
		const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
		const file = resolveFile(roots, urlPath);
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		const { raw, gz } = load(file);
		const gzip = gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip ? gz : raw;
		if (keepLog)
			log.push({ path: urlPath, at: Date.now(), raw: raw.length, gzip: (gz ?? raw).length });
		res.writeHead(200, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
			'content-length': body.length,
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		res.end(body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				log,
				close: () =>
					new Promise<void>((r) => {
						server.closeAllConnections();
						server.close(() => r());
					})
			});
		});
	});
}

/** Copies build/ into `dest`, so the measured site cannot change under the benchmark. */
export function snapshotBuild(buildDir: string, dest: string): string {
	if (!fs.existsSync(path.join(buildDir, 'index.html')))
		throw new Error(`No ${buildDir}/index.html: run \`npx vite build\` first.`);
	fs.cpSync(buildDir, dest, { recursive: true });
	return dest;
}
