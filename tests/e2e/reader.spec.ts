import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import fonts from '../../src/lib/fonts/fonts.json';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the reader', () => {
	it('shows the Arabic article text, right to left, in the self-hosted font', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		const title = page.locator('h1.title');
		await expect(title.textContent()).resolves.toContain('الجيش الأميركي يوقف عملياته ضد');
		const text = page.locator('.article-text');
		expect(await text.getAttribute('dir')).toBe('rtl');
		expect(await text.textContent()).toContain('مخيم الهول للنازحين');
		await page.evaluate(() => document.fonts.ready);
		const naskhLoaded = await page.evaluate(() =>
			[...document.fonts].some(
				(f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded'
			)
		);
		expect(naskhLoaded).toBe(true);
		// The fonts are the site's own subsets, preloaded with the HTML, and no other font file is
		// fetched, even once the map has drawn its labels (with the regular interface face).
		const preloads = await page
			.locator('link[rel="preload"][as="font"]')
			.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href')));
		expect(preloads.sort()).toEqual(fonts.faces.map((f) => `/fonts/${f.file}`).sort());
		await page.locator('[data-map-state="ready"]').waitFor();
		const fetched = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((r) => new URL(r.name).pathname)
				.filter((p) => p.endsWith('.woff2'))
		);
		expect([...new Set(fetched)].sort()).toEqual(preloads.sort());
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('renders the map: its canvas is not blank', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		expect(await mapState(page)).toBe('ready');
		const stats = await page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
			const c = document.createElement('canvas');
			c.width = canvas.width;
			c.height = canvas.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0);
			const { data } = ctx.getImageData(0, 0, c.width, c.height);
			const colours = new Set<number>();
			for (let i = 0; i < data.length; i += 4 * 7)
				colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
			return { width: c.width, height: c.height, colours: colours.size };
		});
		expect(stats.width).toBeGreaterThan(100);
		// A blank (or single-colour) canvas has 1 or 2 colours; land, sea, borders, rivers and labels give many.
		expect(stats.colours).toBeGreaterThan(20);
		expect(await page.locator('.maplibregl-marker').count()).toBeGreaterThan(5);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the exported places', () => {
	it('/articles/<slug>/places.geojson is served by the site and parses as a FeatureCollection', async () => {
		const { page, problems } = await openPage(browser, ARTICLE + '/places.geojson');
		const fc = JSON.parse((await page.locator('body').textContent()) ?? '');
		expect(fc.type).toBe('FeatureCollection');
		const hol = fc.features.find((f: { id: string }) => f.id === 'al-hol-camp');
		expect(hol.properties.in_zone).toBe(false);
		expect(fc.features.some((f: { id: string }) => f.id === 'turkey-syria-border-zone')).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
