/**
 * `npm start`'s server: serves the shipped site, build/, on http://localhost:4173 the way a static
 * host would. Not `vite preview`: that serves .svelte-kit/output, which the last build of any kind
 * wrote (after `npm test`, the test site or its online-basemap variant).
 *
 *   npx tsx scripts/serve-build.ts [folder] [port]
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve-static';

const dir = path.resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
if (!fs.existsSync(path.join(dir, 'index.html'))) {
	console.error(`No ${dir}/index.html: build the site first (npx vite build).`);
	process.exit(1);
}
try {
	const site = await serve([['/', dir]], { port, keepLog: false });
	console.log(
		`Khareeta is served from ${path.relative(process.cwd(), dir) || '.'} at ${site.origin.replace('127.0.0.1', 'localhost')}/ (Ctrl-C stops it)`
	);
} catch (e) {
	console.error(`Cannot serve on port ${port}: ${(e as Error).message}`);
	process.exit(1);
}
