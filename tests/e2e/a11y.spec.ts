import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage } from './browser';
import { builtRoutes, PLACE, PLACE_SAMPLE } from './routes';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function violations(page: Page) {
	// Our own page: WCAG 2.1 A and AA rules, best practices included.
	const result = await new AxeBuilder({ page: page as never })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')})`
	);
}

describe('no accessibility violations (axe-core)', () => {
	// Every route; of the place pages (one template), the sample smoke.spec.ts visits.
	const routes = builtRoutes().filter(
		(r) => !r.endsWith('.geojson') && (!PLACE.test(r) || PLACE_SAMPLE.includes(r))
	);
	for (const width of [390, 1440]) {
		for (const route of routes) {
			it(`${route} at ${width} px`, async () => {
				const { page, problems } = await openPage(browser, route, {
					viewport: { width, height: 900 }
				});
				await page.waitForLoadState('networkidle');
				if (width >= 800 && (await page.locator('[data-map-state]').count())) await mapState(page);
				expect(await violations(page)).toEqual([]);
				expect(problems).toEqual([]);
				await page.context().close();
			});
		}
		it(`the paste page's "prepare for publishing" form, open, at ${width} px`, async () => {
			const { page, problems } = await openPage(browser, '/map-your-article', {
				viewport: { width, height: 900 }
			});
			await page.locator('.paste[data-ready]').waitFor();
			await page.locator('#pasted-text').fill('قصفت تركيا مواقع قرب القامشلي.');
			await page.locator('.paste .primary').click();
			await page.locator('[data-prepare]').click();
			await page.locator('[data-publish-form]').waitFor();
			expect(await violations(page)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
		for (const lang of ['', '/en']) {
			it(`${lang || '/'} reader with a popup open at ${width} px`, async () => {
				const { page, problems } = await openPage(
					browser,
					`${lang}/articles/us-pauses-isis-operations-2022-12-03?place=al-sinaa-prison`,
					{ viewport: { width, height: 900 } }
				);
				if (width < 800) await page.locator('.switcher button').nth(1).click();
				expect(await mapState(page)).toBe('ready');
				await page.getByRole('dialog').waitFor();
				expect(await violations(page)).toEqual([]);
				expect(problems).toEqual([]);
				await page.context().close();
			});
		}
	}
});
