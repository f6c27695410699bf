/**
 * The map speaks the page's language and shows the map first (issue 15): labels in English on /en
 * and in Arabic on / (checked on what MapLibre drew, through the test-only hook of
 * src/lib/map/test-hook.ts), both on request; the legend folded at first paint, opened and closed
 * from the keyboard, its switches kept; and no two area labels overlapping at the first view.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;
/** The symbol layers that draw place names (src/lib/map/style.ts, overlays.ts). */
const NAME_LAYERS = ['towns', 'country-labels', 'orientation-labels'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface Drawn {
	layer: string;
	text: string;
	properties: { name_ar?: string | null; name_en?: string | null };
}

/** The test-only hook, defined before the page's scripts run; plus stored map settings, if any. */
const withHook =
	(settings?: object) =>
	async (page: Page): Promise<void> => {
		await page.addInitScript(
			(stored) => {
				(window as unknown as Record<string, unknown>).__khareetaTestHook = {};
				if (stored) localStorage.setItem('khareeta:map-settings', stored);
			},
			settings && JSON.stringify(settings)
		);
	};

async function drawnLabels(page: Page): Promise<Drawn[]> {
	// What MapLibre has placed once it has settled after the labels' layout.
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	await page.waitForTimeout(300);
	return page.evaluate(
		(layers) =>
			(
				window as unknown as {
					__khareetaTestHook: { renderedLabels: (l: string[]) => Drawn[] };
				}
			).__khareetaTestHook.renderedLabels(layers),
		NAME_LAYERS
	);
}

/** Texts of our own HTML labels (areas, the zone, the markers' names), line by line. */
const htmlLabels = (page: Page) =>
	page
		.locator('.area-text, .zone-label, .marker-name')
		.evaluateAll((els) =>
			els.map((el) =>
				[...el.children].map((c) => ({ lang: c.getAttribute('lang'), text: c.textContent }))
			)
		);

async function open(path: string, size = { width: 1440, height: 900 }, settings?: object) {
	const watched = await openPage(browser, path, { viewport: size }, withHook(settings));
	if (size.width < 800) await watched.page.getByRole('button', { name: /^(Map|الخريطة)$/ }).click();
	expect(await mapState(watched.page)).toBe('ready');
	return watched;
}

describe('map labels in the page language', () => {
	it('on /en, MapLibre draws English names (Arabic only where a place has no English name)', async () => {
		const { page, problems } = await open(`/en${ARTICLE}`);
		const drawn = await drawnLabels(page);
		const layers = new Set(drawn.map((d) => d.layer));
		for (const layer of NAME_LAYERS) expect(layers, layer).toContain(layer);
		expect(drawn.length).toBeGreaterThan(8);
		for (const d of drawn) {
			if (d.properties.name_en) expect(d.text, d.layer).toBe(d.properties.name_en);
			else expect(d.text).toBe(d.properties.name_ar);
		}
		expect(drawn.filter((d) => LATIN.test(d.text) && !ARABIC.test(d.text)).length).toBe(
			drawn.filter((d) => d.properties.name_en).length
		);
		// Our own labels too: English only, the zone's and the areas' included.
		const html = await htmlLabels(page);
		expect(html.length).toBeGreaterThan(4);
		for (const lines of html) {
			expect(lines.length).toBe(1);
			expect(lines[0].lang).toBe('en');
			expect(lines[0].text).not.toMatch(ARABIC);
		}
		expect(html.flat().map((l) => l.text)).toEqual(
			expect.arrayContaining(['north-east Syria', '30 km security corridor (Turkey’s demand)'])
		);
		// The markers' accessible names still carry both languages.
		expect(
			await page.locator('.maplibregl-marker[data-place="al-hol-camp"]').getAttribute('aria-label')
		).toBe('al-Hol camp · مخيم الهول (camp)');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('on /, MapLibre draws Arabic names', async () => {
		const { page, problems } = await open(ARTICLE);
		const drawn = await drawnLabels(page);
		expect(drawn.length).toBeGreaterThan(8);
		for (const d of drawn)
			expect(d.text, d.layer).toBe(d.properties.name_ar || d.properties.name_en);
		expect(drawn.every((d) => !d.properties.name_ar || ARABIC.test(d.text))).toBe(true);
		for (const lines of await htmlLabels(page)) expect(lines.map((l) => l.lang)).toEqual(['ar']);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('draws both languages when asked, the page’s language first, and remembers it', async () => {
		const { page, problems } = await open(`/en${ARTICLE}`);
		await page.getByRole('button', { name: 'Legend' }).click();
		await page.getByRole('checkbox', { name: 'Names in English and Arabic' }).check();
		await page.waitForTimeout(500);
		const drawn = await drawnLabels(page);
		const both = drawn.filter((d) => d.properties.name_en && d.properties.name_ar);
		expect(both.length).toBeGreaterThan(4);
		for (const d of both) expect(d.text).toBe(`${d.properties.name_en}\n${d.properties.name_ar}`);
		const html = await htmlLabels(page);
		expect(html.filter((lines) => lines.length === 2).length).toBeGreaterThan(3);
		for (const lines of html.filter((l) => l.length === 2))
			expect(lines.map((l) => l.lang)).toEqual(['en', 'ar']);
		// Kept with the other map settings: the Arabic page draws both too, Arabic first.
		const next = await page.context().newPage();
		await next.goto(page.url().replace('/en/', '/'));
		await next.locator('html[data-hydrated]').waitFor();
		expect(await mapState(next)).toBe('ready');
		const lines = await htmlLabels(next);
		expect(lines.some((l) => l.length === 2 && l[0].lang === 'ar' && l[1].lang === 'en')).toBe(
			true
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('exposes nothing to a page that no test has hooked', async () => {
		const { page, problems } = await openPage(browser, `/en${ARTICLE}`);
		expect(await mapState(page)).toBe('ready');
		expect(await page.evaluate(() => '__khareetaTestHook' in window)).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the map comes first', () => {
	it('the legend is folded at first paint, in the prerendered page', async () => {
		for (const path of [ARTICLE, `/en${ARTICLE}`]) {
			const { page } = await openPage(browser, path, { javaScriptEnabled: false });
			const button = page.locator('.map-tools button[aria-controls="map-legend"]');
			expect(await button.getAttribute('aria-expanded')).toBe('false');
			expect(await page.locator('#map-legend').count()).toBe(0);
			await page.context().close();
		}
	});

	for (const size of [
		{ width: 1440, height: 900 },
		{ width: 390, height: 844 }
	])
		it(`the legend stays folded at ${size.width}×${size.height}, opens from the keyboard and closes with Escape`, async () => {
			const { page, problems } = await open(`/en${ARTICLE}`, size);
			expect(await page.locator('#map-legend').count()).toBe(0);
			const legend = page.getByRole('button', { name: 'Legend' });
			// The measuring tool is in the same control area, beside it.
			const tools = page.getByRole('group', { name: 'Map tools' });
			expect(await tools.getByRole('button', { name: 'Measure' }).count()).toBe(1);
			await legend.focus();
			await page.keyboard.press('Enter');
			await page.locator('#map-legend').waitFor();
			expect(await legend.getAttribute('aria-expanded')).toBe('true');
			await page.keyboard.press('Tab');
			expect(
				await page.evaluate(() => document.activeElement?.closest('#map-legend') !== null)
			).toBe(true);
			await page.keyboard.press('Escape');
			expect(await page.locator('#map-legend').count()).toBe(0);
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Legend');
			// One panel at a time: measuring replaces the legend.
			await legend.click();
			await tools.getByRole('button', { name: 'Measure' }).click();
			expect(await page.locator('#map-legend').count()).toBe(0);
			expect(await page.locator('#map-measure').count()).toBe(1);
			expect(problems).toEqual([]);
			await page.context().close();
		});

	it('keeps the legend’s switches for the next visit', async () => {
		const { page, problems } = await open(ARTICLE);
		const camp = page.locator('.maplibregl-marker[data-place="al-hol-camp"]');
		await page.getByRole('button', { name: 'مفتاح الخريطة' }).click();
		await page.getByRole('checkbox', { name: 'مخيم' }).uncheck();
		expect(await camp.isVisible()).toBe(false);
		await page.reload();
		expect(await mapState(page)).toBe('ready');
		expect(await camp.isVisible()).toBe(false);
		await page.getByRole('button', { name: 'مفتاح الخريطة' }).click();
		expect(await page.getByRole('checkbox', { name: 'مخيم' }).isChecked()).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	for (const width of [1440, 390])
		it(`has no accessibility violations with the legend open at ${width} px`, async () => {
			const { page, problems } = await open(`/en${ARTICLE}`, { width, height: 844 });
			await page.getByRole('button', { name: 'Legend' }).click();
			// On a phone the map view hides the article (and its h1): check the map's controls there.
			const axe = new AxeBuilder({ page: page as never }).withTags([
				'wcag2a',
				'wcag2aa',
				'wcag21a',
				'wcag21aa',
				'best-practice'
			]);
			const result = await (width < 800 ? axe.include('.map-wrap') : axe).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
});

type Rect = { id: string; x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('no colliding labels at the first view', () => {
	for (const path of [ARTICLE, `/en${ARTICLE}`])
		for (const size of [
			{ width: 1440, height: 900 },
			{ width: 390, height: 844 }
		])
			it(`${path.startsWith('/en') ? '/en' : '/'} at ${size.width}×${size.height}`, async () => {
				const { page, problems } = await open(path, size);
				// Once the fonts are in: a label is laid out again when its font arrives.
				await page.evaluate(() => document.fonts.ready);
				await page.waitForTimeout(300);
				const rects = (selector: string) =>
					page.locator(selector).evaluateAll((els) =>
						els
							.filter((el) => getComputedStyle(el).visibility === 'visible')
							.map((el) => {
								const r = el.getBoundingClientRect();
								const id =
									el.closest('[data-place]')?.getAttribute('data-place') ?? el.textContent ?? '';
								return { id, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
							})
					);
				const areas = await rects(
					':is(.marker.area, .zone-label):is([data-label="placed"], [data-label="wrapped"]):not([hidden])'
				);
				const names = await rects('.marker-name:not([data-side="none"])');
				const markers = await rects('.maplibregl-marker.marker:not(.area):not([hidden])');
				// The story's two areas are labelled, and on a wide map the zone's visible part too
				// (on a phone in English there is no room for it inside the map: it is left out).
				const wide = size.width > 800;
				expect(areas.length).toBeGreaterThanOrEqual(wide ? 3 : 2);
				expect(areas.map((a) => a.id)).toEqual(
					expect.arrayContaining(['north-east-syria', 'turkey-syria-border-zone-east'])
				);
				expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
				expect(names.length).toBeGreaterThanOrEqual(1);
				const map = await page.locator('.map').boundingBox();
				for (const a of areas) {
					expect(a.x0).toBeGreaterThanOrEqual(map!.x);
					expect(a.x1).toBeLessThanOrEqual(map!.x + map!.width);
					for (const b of areas)
						if (a !== b) expect(overlap(a, b), `${a.id} × ${b.id}`).toBe(false);
					for (const n of [...names, ...markers])
						expect(overlap(a, n), `${a.id} × ${n.id}`).toBe(false);
				}
				for (const n of names)
					for (const o of names)
						if (n !== o) expect(overlap(n, o), `${n.id} × ${o.id}`).toBe(false);
				// The zone is labelled at most once per part it shows: here, west of the Euphrates.
				const zone = await page
					.locator('.zone-label:is([data-label="placed"], [data-label="wrapped"])')
					.count();
				if (wide) expect(zone).toBe(1);
				else expect(zone).toBeLessThanOrEqual(1);
				expect(problems).toEqual([]);
				await page.context().close();
			});
});
