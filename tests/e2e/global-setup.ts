/**
 * Serves the built site (`npm run build` must have run: `npm run test:e2e` does it) with
 * `vite preview` on E2E_PORT, and stops it after the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);

async function waitFor(url: string, ms: number) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The preview server did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | undefined;

export async function setup() {
	if (!fs.existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');
	server = spawn(
		'npx',
		['vite', 'preview', '--port', String(E2E_PORT), '--strictPort', '--host', '127.0.0.1'],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
			detached: true
		}
	);
	await waitFor(`http://127.0.0.1:${E2E_PORT}/`, 30_000);
}

export async function teardown() {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
}
