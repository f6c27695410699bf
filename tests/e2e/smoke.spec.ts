import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapState, openPage } from './browser';
import { builtRoutes } from './routes';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('every route', () => {
	const routes = builtRoutes();

	it('the build has the home page and at least one article', () => {
		expect(routes).toContain('/');
		expect(routes.some((r) => r.startsWith('/articles/'))).toBe(true);
	});

	for (const route of routes) {
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
