import path from 'node:path';
import { BUILD_DIR } from './build-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findMaplibreChunk } from '../../scripts/bench/reader';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
const CHUNK = findMaplibreChunk(path.resolve(BUILD_DIR));
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const requestedAt = (page: Page, file: string) =>
	page.evaluate(
		(file) =>
			performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === file)
				?.startTime ?? null,
		file
	);

describe('the first load', () => {
	it('finds the MapLibre chunk in the build', () => {
		expect(CHUNK).toMatch(/^\/_app\/immutable\/.+\.js$/);
	});

	it('paints the prerendered text before hydrating it, then fetches MapLibre', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		expect(await mapState(page)).toBe('ready');
		const t = await page.evaluate(() => ({
			shown: performance.getEntriesByName('first-contentful-paint')[0].startTime,
			hydration: performance.getEntriesByName('khareeta:hydration')[0]?.startTime ?? null
		}));
		// The text was on screen before hydration began (src/hooks.client.ts marks its start).
		expect(t.hydration).not.toBeNull();
		expect(t.shown).toBeLessThan(t.hydration!);
		const chunk = await requestedAt(page, CHUNK!);
		expect(chunk).not.toBeNull();
		expect(chunk!).toBeGreaterThan(t.shown);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('hydrates without Intl, whose first use starts ICU on the way to the map', async () => {
		const { page, problems } = await openPage(browser, ARTICLE, {}, async (p) => {
			await p.addInitScript(() => {
				const made: string[] = [];
				(window as unknown as { __intl: string[] }).__intl = made;
				for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator'] as const) {
					const Original = Intl[name] as unknown as new (...a: unknown[]) => object;
					const Counted = function (this: unknown, ...args: unknown[]) {
						// Only what happens before hydration has finished counts.
						if (!document.documentElement.hasAttribute('data-hydrated')) made.push(name);
						return new Original(...args);
					};
					Object.defineProperty(Intl, name, { value: Counted, configurable: true });
				}
			});
		});
		// The page is hydrated (openPage waits for it) and shows the date and the distances.
		await expect.poll(() => page.locator('.meta time').textContent()).toContain('2022');
		expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual(
			[]
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('on a phone, fetches MapLibre only once the reader asks for the map', async () => {
		const { page, problems } = await openPage(browser, ARTICLE, {
			viewport: { width: 390, height: 844 }
		});
		await page.waitForTimeout(1500);
		expect(await requestedAt(page, CHUNK!)).toBeNull();
		await page.getByRole('button', { name: 'الخريطة', exact: true }).click();
		expect(await mapState(page)).toBe('ready');
		expect(await requestedAt(page, CHUNK!)).not.toBeNull();
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
