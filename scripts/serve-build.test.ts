import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/serve-build.ts', ...args], { encoding: 'utf8' });

describe('serve-build (npm start)', () => {
	it('serves the folder it is given, as a static host would', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-serve-'));
		fs.writeFileSync(path.join(dir, 'index.html'), '<p>the shipped site</p>');
		fs.mkdirSync(path.join(dir, 'en'));
		fs.writeFileSync(path.join(dir, 'en.html'), '<p>English</p>');
		const port = 41000 + Math.floor(Math.random() * 2000);
		const server = spawn('npx', ['tsx', 'scripts/serve-build.ts', dir, String(port)], {
			stdio: ['ignore', 'pipe', 'inherit'],
			detached: true
		});
		try {
			await new Promise<void>((resolve, reject) => {
				server.stdout.on('data', (d) => String(d).includes('served') && resolve());
				server.on('exit', (code) => reject(new Error(`exited ${code}`)));
			});
			const home = await fetch(`http://127.0.0.1:${port}/`);
			expect(await home.text()).toBe('<p>the shipped site</p>');
			expect(await (await fetch(`http://127.0.0.1:${port}/en`)).text()).toBe('<p>English</p>');
			expect((await fetch(`http://127.0.0.1:${port}/missing`)).status).toBe(404);
		} finally {
			process.kill(-server.pid!, 'SIGTERM');
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a folder without a built site, with a message', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-serve-'));
		const r = run([dir, '41999']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/index\.html: build the site first/);
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
