/**
 * The collection, in the test site (the seed article and the tests' fixture articles): the home
 * page's map, filters and list; the place pages and the readers' links to them; and a fixture
 * article's whole reader, with nothing of the seed's own layers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CollectionAggregate } from '../../src/lib/collection/aggregate';
import { inView } from '../../src/lib/collection/filters';
import { BASE, launch, mapState, openPage } from './browser';

const SEED = 'us-pauses-isis-operations-2022-12-03';
const COAST = 'fixture-calligraphy-coast-2024-11-20';
const CARAVAN = 'fixture-book-caravan-2024-03-16';
const RIVER = 'fixture-river-festival-2023-03-05';

let browser: Browser;
let collection: CollectionAggregate;
beforeAll(async () => {
	browser = await launch();
	collection = await (await fetch(`${BASE}/collection.json`)).json();
});
afterAll(async () => {
	await browser?.close();
});

const done = async (page: Page, problems: string[]) => {
	expect(problems).toEqual([]);
	await page.context().close();
};
const listed = (page: Page) =>
	page
		.locator('[data-article-list] > li')
		.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-article')));
/** Waits until the list is the one computed from the aggregate (after /collection.json loads). */
const loaded = (page: Page) => page.locator('[data-count]:has-text("4")').waitFor();

describe('the home page maps the collection', () => {
	it('the seed article first, fixtures marked as such, the map ready with the aggregate alone', async () => {
		const requests: string[] = [];
		const { page, problems } = await openPage(browser, '/', {}, async (p) => {
			p.on('request', (r) => requests.push(new URL(r.url()).pathname));
		});
		// Before any script: the first articles are in the page itself, the seed first.
		expect((await listed(page))[0]).toBe(SEED);
		expect(await mapState(page)).toBe('ready');
		await loaded(page);
		expect(await listed(page)).toEqual([SEED, COAST, CARAVAN, RIVER]);
		for (const slug of [COAST, CARAVAN, RIVER])
			expect(await page.locator(`[data-article="${slug}"] [data-fixture]`).count()).toBe(1);
		expect(await page.locator(`[data-article="${SEED}"] [data-fixture]`).count()).toBe(0);
		expect(
			await page.locator(`[data-article="${CARAVAN}"] [data-place-count]`).textContent()
		).toContain('7');
		// One aggregate, never the articles themselves.
		expect(requests.filter((r) => r === '/collection.json')).toHaveLength(1);
		expect(requests.filter((r) => r.startsWith('/articles/'))).toEqual([]);
		await done(page, problems);
	});

	it('filters by outlet and country are kept in the URL and survive a reload', async () => {
		const { page, problems } = await openPage(browser, '/en');
		await loaded(page);
		await page.locator('[data-filter="outlet"]').selectOption('fixture-wire');
		await page.waitForURL(/\?outlet=fixture-wire$/);
		expect(await listed(page)).toEqual([COAST, CARAVAN]);
		await page.locator('[data-filter="country"]').selectOption('LB');
		await page.waitForURL(/\?outlet=fixture-wire&country=LB$/);
		expect(await listed(page)).toEqual([COAST]);
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor();
		await page.locator('[data-count]:has-text("1 of 4")').waitFor();
		expect(await page.locator('[data-filter="country"]').inputValue()).toBe('LB');
		expect(await listed(page)).toEqual([COAST]);
		await page.getByRole('button', { name: 'Clear the filters' }).click();
		await page.waitForURL(/\/en$/);
		// The list follows the map's view, which comes back to the whole collection after the URL.
		await page.locator('[data-count]:has-text("4 of 4")').waitFor();
		expect(await listed(page)).toHaveLength(4);
		await done(page, problems);
	});

	it('a range on the timeline: the sliders move by keyboard and the range goes in the URL', async () => {
		const { page, problems } = await openPage(browser, '/en');
		await loaded(page);
		const from = page.locator('[data-from]');
		await from.focus();
		// Twelve months on from December 2022: December 2023.
		for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
		await page.waitForURL(/\?from=2023-12$/);
		expect(await listed(page)).toEqual([COAST, CARAVAN]);
		const to = page.locator('[data-to]');
		await to.focus();
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(/\?from=2023-12&to=2024-10$/);
		expect(await listed(page)).toEqual([CARAVAN]);
		await done(page, problems);
	});

	it('the list follows the map view', async () => {
		const { page, problems } = await openPage(browser, '/en');
		expect(await mapState(page)).toBe('ready');
		await loaded(page);
		const map = page.locator('[data-map-state]');
		const expected = async () => {
			const view = (await map.getAttribute('data-view'))!.split(',').map(Number) as [
				number,
				number,
				number,
				number
			];
			return collection.articles.filter((a) => inView(a, collection, view)).map((a) => a.slug);
		};
		expect(await listed(page)).toEqual(await expected());
		// Zoom in on the centre of the first view, step by step, until some articles leave it.
		for (let i = 0; i < 6; i++) {
			const before = await map.getAttribute('data-view');
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.waitForFunction(
				(b) => document.querySelector('[data-map-state]')?.getAttribute('data-view') !== b,
				before
			);
			const want = await expected();
			await page.locator(`[data-count]:has-text("${want.length} of 4")`).waitFor();
			expect(await listed(page)).toEqual(want);
			if (want.length < 4) break;
		}
		expect((await expected()).length).toBeLessThan(4);
		await done(page, problems);
	});
});

describe('a page for every place the collection mentions', () => {
	it('/places/aleppo: names, kind, precision, sources, every sentence linked to its mention', async () => {
		const { page, problems } = await openPage(browser, '/places/aleppo');
		expect(await mapState(page)).toBe('ready');
		expect(await page.locator('h1').textContent()).toContain('حلب');
		expect(await page.locator('h1').textContent()).toContain('Aleppo');
		expect(await page.locator('[data-precision]').textContent()).toMatch(/\d/);
		expect(await page.locator('[data-span]').textContent()).toContain('16 آذار 2024');
		expect(await page.locator('[data-span]').textContent()).toContain('20 تشرين الثاني 2024');
		expect(
			await page
				.locator('.articles > li')
				.evaluateAll((l) => l.map((x) => x.getAttribute('data-article')))
		).toEqual([COAST, CARAVAN]);
		const link = page.locator(`[data-article="${COAST}"] a[data-mention]`);
		expect(await link.getAttribute('href')).toMatch(
			new RegExp(`^/articles/${COAST}\\?place=aleppo#m-\\d+$`)
		);
		expect(await page.locator('.sources a').count()).toBeGreaterThan(0);
		// Following it opens the reader on that mention, with the place's popup.
		const mention = (await link.getAttribute('data-mention'))!;
		await link.click();
		await page.waitForURL(new RegExp(`/articles/${COAST}\\?place=aleppo#${mention}$`));
		await page.locator('html[data-hydrated]').waitFor();
		expect(await page.getByRole('dialog').getAttribute('data-place')).toBe('aleppo');
		expect(await page.locator(`#${mention}`).textContent()).toBe('الشهباء');
		await done(page, problems);
	});

	it("the English page, and a reader's popup links to the place's page", async () => {
		const { page, problems } = await openPage(browser, `/en/articles/${RIVER}?place=mosul`);
		expect(await mapState(page)).toBe('ready');
		await page.getByRole('dialog').locator('a[data-place-page]').click();
		await page.waitForURL(/\/en\/places\/mosul$/);
		await page.locator('html[data-hydrated]').waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toContain('Mosul');
		expect(await page.locator('[data-span]').textContent()).toContain('In 1 articles (2 mentions)');
		await done(page, problems);
	});

	it('a place with no sourced coordinate has a page that says so, without a map', async () => {
		const { page, problems } = await openPage(browser, '/en/places/sdf-prisons');
		expect(await page.locator('[data-map-state]').count()).toBe(0);
		expect(await page.locator('.no-map').textContent()).toContain('No sourced coordinate');
		await done(page, problems);
	});
});

describe('a fixture article gets the whole reader, and none of the seed’s layers', () => {
	it('mentions, popups with every sentence, the timeline quoting its sentences, downloads', async () => {
		const { page, problems } = await openPage(browser, `/articles/${CARAVAN}`);
		expect(await mapState(page)).toBe('ready');
		expect(await page.locator('[data-fixture]').textContent()).toContain('نص اختباري');
		expect(await page.locator('[data-licence]').textContent()).toContain('CC0 1.0');
		await page.locator('a.mention[data-place="homs"]').first().click();
		const popup = page.getByRole('dialog');
		expect(await popup.getAttribute('data-place')).toBe('homs');
		expect(await popup.locator('.sentences li').count()).toBe(3);
		// The timeline: the resolver's dates, each quoting its sentence.
		const events = page.locator('.timeline li.event');
		expect(await events.count()).toBe(3);
		expect(await events.first().locator('time').getAttribute('datetime')).toBe('2024-03-14');
		expect(await events.first().locator('[data-quote]').textContent()).toContain(
			'انطلقت القافلة من حلب'
		);
		// No border zone, no border facts: the article declares no layer.
		expect(await page.locator('#zone-summary').count()).toBe(0);
		expect(await popup.locator('[data-spatial]').count()).toBe(0);
		for (const kind of ['geojson', 'csv', 'jsonld']) {
			const href = await page.locator(`[data-download="${kind}"]`).getAttribute('href');
			expect((await fetch(BASE + href)).status, kind).toBe(200);
		}
		await done(page, problems);
	});
});
