// `npm run screenshot`: photographs the reader of the first article from the built site (it builds
// first if needed), in Arabic into docs/screenshot.png and in English into docs/screenshot-en.png,
// for the README. Uses Debian's Chromium like the tests. SCREENSHOT_PORT (default 4190) is the
// port of the preview server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.js';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4190);
const SHOTS = [
	{ prefix: '', file: 'docs/screenshot.png' },
	{ prefix: '/en', file: 'docs/screenshot-en.png' }
];
const SLUG = process.argv[2] ?? 'us-pauses-isis-operations-2022-12-03';
const PLACE = process.argv[3] ?? 'al-hol-camp';

if (!fs.existsSync('build/index.html')) spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
// build/ itself (`vite preview` would serve whatever build ran last, a test site after `npm test`).
const server = spawn('npx', ['tsx', 'scripts/serve-build.ts', 'build', String(PORT)], {
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: CHROMIUM_FLAGS
	});
	fs.mkdirSync('docs', { recursive: true });
	for (const { prefix, file } of SHOTS) {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(`http://127.0.0.1:${PORT}${prefix}/articles/${SLUG}?place=${PLACE}`);
		await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1500);
		await page.screenshot({ path: file });
		await page.close();
		console.log(`Wrote ${file}`);
	}
	await browser.close();
} finally {
	process.kill(-server.pid, 'SIGTERM');
}
