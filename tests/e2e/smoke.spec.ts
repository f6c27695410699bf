import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapState, openPage } from './browser';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_DIR } from './build-dir';
import { builtRoutes, PLACE, PLACE_SAMPLE } from './routes';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('every route', () => {
	const routes = builtRoutes();
	const places = routes.filter((r) => PLACE.test(r));
	const sample = PLACE_SAMPLE;

	it('the build has the home page, at least one article, and the place pages of the sample', () => {
		expect(routes).toContain('/');
		expect(routes.some((r) => r.startsWith('/articles/'))).toBe(true);
		for (const r of sample) expect(places).toContain(r);
	});

	it('every place page names its place and links each mention to its reader', () => {
		for (const route of places) {
			const [, en, id] = PLACE.exec(route)!;
			const html = fs.readFileSync(path.join(BUILD_DIR, route + '.html'), 'utf8');
			expect(html, route).toMatch(/<h1[\s>]/);
			const links = [...html.matchAll(/href="([^"]*\?place=([a-z0-9-]+)#m-\d+)"/g)];
			expect(links.length, route).toBeGreaterThan(0);
			for (const [, href, place] of links) {
				expect(place, route).toBe(id);
				expect(href.startsWith(`${en ?? ''}/articles/`), `${route}: ${href}`).toBe(true);
			}
		}
	});

	for (const route of routes.filter((r) => !PLACE.test(r) || sample.includes(r))) {
		it(`${route} loads with no page error, console error or request to another host`, async () => {
			const { page, problems } = await openPage(browser, route);
			await page.waitForLoadState('networkidle');
			if (await page.locator('[data-map-state]').count())
				expect(await mapState(page)).toBe('ready');
			const english = route === '/en' || route.startsWith('/en/');
			expect(await page.locator('html').getAttribute('lang')).toBe(english ? 'en' : 'ar');
			expect(await page.locator('html').getAttribute('dir')).toBe(english ? 'ltr' : 'rtl');
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});
