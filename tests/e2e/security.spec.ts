/**
 * The Content-Security-Policy (svelte.config.js `kit.csp`) is in every prerendered page and nothing
 * on the pages violates it; and without WebGL the reader still gives the text and the places list,
 * with a notice that the map cannot be drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage } from './browser';
import { builtRoutes, PLACE, PLACE_SAMPLE } from './routes';
import { BUILD_DIR } from './build-dir';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';

/** The policy of a built page, from its <meta http-equiv="content-security-policy">. */
function policyOf(route: string): Map<string, string[]> | null {
	const file =
		route === '/' ? path.join(BUILD_DIR, 'index.html') : path.join(BUILD_DIR, route + '.html');
	const html = fs.readFileSync(file, 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!meta) return null;
	return new Map(
		meta[1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name, values])
	);
}

/** Records every `securitypolicyviolation` event of the page, from before its first byte. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
			)
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the Content-Security-Policy', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	const routes = builtRoutes();

	for (const route of routes) {
		it(`${route} carries a hash-based policy that allows only the site itself`, () => {
			const csp = policyOf(route);
			expect(csp, 'no <meta http-equiv="content-security-policy">').not.toBeNull();
			const all = [...csp!.values()].flat();
			expect(all).not.toContain("'unsafe-eval'");
			// Inline scripts only by hash: 'unsafe-inline' is absent from script-src.
			const scripts = csp!.get('script-src') ?? [];
			expect(scripts).toContain("'self'");
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
			expect(csp!.get('default-src')).toEqual(["'self'"]);
			expect(csp!.get('object-src')).toEqual(["'none'"]);
			// Connections go to the site itself, plus the online basemap's origin when one is set.
			const online = process.env.PUBLIC_BASEMAP_STYLE_URL;
			const connect = csp!.get('connect-src') ?? [];
			expect(connect[0]).toBe("'self'");
			expect(connect.length).toBe(online ? 2 : 1);
			expect(csp!.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
		});

		// The place pages are one template: the browser runs a sample of them (smoke.spec.ts).
		if (PLACE.test(route) && !PLACE_SAMPLE.includes(route)) continue;
		it(`${route} runs with no violation of the policy`, async () => {
			const { page, problems } = await openPage(browser, route, {}, recordViolations);
			await page.waitForLoadState('networkidle');
			if (await page.locator('[data-map-state]').count())
				expect(await mapState(page)).toBe('ready');
			if (await page.locator('.maplibregl-marker').count()) {
				// Open a place's popup: markers, popup and controls are styled by MapLibre and Svelte.
				// (By keyboard: on /en/ the legend panel can cover the first marker.)
				await page.locator('.maplibregl-marker').first().focus();
				await page.keyboard.press('Enter');
				await page.locator('.popup-anchor').waitFor();
			}
			expect(await violations(page)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});

describe('without WebGL (--disable-3d-apis)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch(['--disable-3d-apis']);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the reader shows the text, the places list and a notice that the map cannot be drawn', async () => {
		const { page, problems } = await openPage(browser, ARTICLE, {}, recordViolations);
		expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(
			false
		);
		expect(await mapState(page)).toBe('error');
		await expect(page.locator('h1.title').textContent()).resolves.toContain(
			'الجيش الأميركي يوقف عملياته ضد'
		);
		expect(await page.locator('.places .place').count()).toBeGreaterThan(5);
		const notice = page.locator('.map-error');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.getAttribute('role')).toBe('status');
		// "The map cannot be drawn on this device" (the Arabic page's wording).
		expect((await notice.textContent())?.replace(/\s+/g, ' ')).toContain(
			'تعذّر رسم الخريطة على هذا الجهاز'
		);
		// The places list still works: choosing a place selects it in the URL.
		await page.locator('.places .place').first().click();
		await page.waitForURL(/[?&]place=/);
		expect(await violations(page)).toEqual([]);
		// StoryMap catches the Map constructor's throw itself; MapLibre logs nothing on its own, so
		// no console error is allowed here either.
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
