/**
 * The optional online basemap: a site built with PUBLIC_BASEMAP_STYLE_URL pointing at an address
 * on loopback where nothing answers must still show the map, from the embedded basemap, and tell
 * the reader once. Builds that variant of the site into build-online-test/ and serves it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type Served } from '../../scripts/serve-static';
import { launch } from './browser';

const DIR = 'build-online-test';
const UNREACHABLE = 'http://127.0.0.1:9/style.json';
let browser: Browser;
let site: Served;

beforeAll(async () => {
	const r = spawnSync('npx', ['vite', 'build'], {
		env: { ...process.env, PUBLIC_BASEMAP_STYLE_URL: UNREACHABLE, KHAREETA_BUILD_DIR: DIR },
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(`build with an online basemap failed:\n${r.stderr}`);
	site = await serve([['/', DIR]]);
	browser = await launch();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	fs.rmSync(DIR, { recursive: true, force: true });
});

describe('an unreachable online basemap', () => {
	it('falls back to the embedded basemap and says so once', async () => {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		const errors: string[] = [];
		const tried: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (req) => {
			if (req.url().startsWith('http://127.0.0.1:9/')) tried.push(req.url());
		});
		await page.goto(`${site.origin}/articles/us-pauses-isis-operations-2022-12-03`);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("connect-src 'self' http://127.0.0.1:9");
		await page.locator('[data-map-state="ready"]').waitFor({ timeout: 30_000 });
		expect(tried).toEqual([UNREACHABLE]);
		const notices = page.locator('.basemap-notice');
		expect(await notices.count()).toBe(1);
		expect(await notices.getAttribute('role')).toBe('status');
		expect(await page.locator('.maplibregl-marker').count()).toBeGreaterThan(5);
		expect(errors).toEqual([]);
		await context.close();
	});
});
