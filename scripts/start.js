// `npm start`: build the site if it is missing or older than its sources, then serve the built
// site, build/, on http://localhost:4173 (scripts/serve-build.ts). Plain JS so it runs before anything is compiled.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
	'src',
	'static',
	'geodata',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];
const MARKER = 'build/index.html';

// Written by the build itself (Paraglide's compiled messages): not a reason to rebuild.
const GENERATED = path.join('src', 'lib', 'paraglide');

function newest(p) {
	if (!fs.existsSync(p) || p === GENERATED) return 0;
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

const built = fs.existsSync(MARKER) ? fs.statSync(MARKER).mtimeMs : 0;
const changed = Math.max(...SOURCES.map(newest));
if (!built || changed > built) {
	console.log(
		built ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building…'
	);
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
	fs.utimesSync(MARKER, new Date(), new Date());
} else {
	console.log('The build is current.');
}
// build/ itself, as a static host would serve it (`vite preview` would serve .svelte-kit/output,
// which the last build of any kind wrote: after `npm test`, the test site).
const server = spawn('npx', ['tsx', 'scripts/serve-build.ts', 'build', '4173'], {
	stdio: 'inherit'
});
server.on('exit', (code) => process.exit(code ?? 0));
