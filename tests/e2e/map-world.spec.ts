/**
 * The map follows the story anywhere (issue 13, item 6): the paste page frames a world story whole,
 * over the world's countries named in the page's language, while a story in north-east Syria keeps
 * its regional frame and never downloads the world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
const WORLD = '/basemap/world-countries.geojson';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens `path` with the test-only map hook, recording the basemap files fetched. */
async function open(path: string) {
	const watched = await openPage(browser, path, {}, async (page) => {
		await page.addInitScript(() => {
			(window as unknown as Record<string, unknown>).__khareetaTestHook = {};
		});
	});
	const fetched: string[] = [];
	watched.page.on('request', (r) => {
		const p = new URL(r.url()).pathname;
		if (p.startsWith('/basemap/')) fetched.push(p);
	});
	return { ...watched, fetched };
}

async function mapText(page: Page, text: string) {
	await page.locator('.paste[data-ready]').waitFor();
	await page.locator('#pasted-text').fill(text);
	await page.getByRole('button', { name: /اعرض على الخريطة|Map it/ }).click();
	await page.locator('[data-summary]').waitFor();
	expect(await mapState(page)).toBe('ready');
}

/** Which of these places' markers lie inside the map's box on screen. */
async function onScreen(page: Page, ids: string[]) {
	const map = (await page.locator('.map').boundingBox())!;
	const inside: string[] = [];
	for (const id of ids) {
		const box = await page.locator(`.maplibregl-marker[data-place="${id}"]`).boundingBox();
		if (!box) continue;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		if (x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height)
			inside.push(id);
	}
	return inside;
}

const worldLabels = (page: Page) =>
	page.evaluate(() =>
		(
			window as unknown as {
				__khareetaTestHook: { renderedLabels: (l: string[]) => { text: string }[] };
			}
		).__khareetaTestHook
			.renderedLabels(['world-labels', 'country-labels'])
			.map((l) => l.text)
	);

describe('the map follows the story anywhere', () => {
	it('frames Paris, Beijing, Moscow and Washington together, over the world’s countries in English', async () => {
		const { page, problems, fetched } = await open('/en/map-your-article');
		await mapText(page, 'زار الرئيس باريس ثم بكين وموسكو قبل أن يعود إلى واشنطن.');
		const ids = ['paris', 'beijing', 'moscow', 'washington'];
		expect(await onScreen(page, ids)).toEqual(ids);
		// The world's countries were fetched for it, and are labelled in English.
		await page.waitForTimeout(1000);
		expect(fetched).toContain(WORLD);
		const labels = await worldLabels(page);
		expect(labels).toEqual(expect.arrayContaining(['China', 'Russia', 'Kazakhstan']));
		expect(labels.join(' ')).not.toMatch(/[\u0600-\u06ff]/);
		// Nothing is "elsewhere": the places list has no such group.
		expect(await page.locator('#group-elsewhere').count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('labels the world’s countries in Arabic on the Arabic page', async () => {
		const { page, problems } = await open('/map-your-article');
		await mapText(page, 'زار الرئيس باريس ثم بكين وموسكو قبل أن يعود إلى واشنطن.');
		await page.waitForTimeout(1000);
		const labels = await worldLabels(page);
		expect(labels).toEqual(expect.arrayContaining(['الصين', 'روسيا', 'كازاخستان']));
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('keeps a north-east Syria story framed on the region; Washington stays elsewhere', async () => {
		const { page, problems, fetched } = await open('/map-your-article');
		await mapText(
			page,
			'قصفت تركيا مواقع قرب القامشلي والحسكة والرقة ودير الزور.\nوقال مسؤول في واشنطن إن العمليات مستمرة.'
		);
		const syria = ['qamishli', 'al-hasakah', 'raqqa', 'deir-ez-zor'];
		expect(await onScreen(page, [...syria, 'washington'])).toEqual(syria);
		expect(
			await page.locator('[aria-labelledby="group-elsewhere"] [data-place="washington"]').count()
		).toBe(1);
		expect(fetched).not.toContain(WORLD);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the reader of the first story keeps its frame and its first load: no world download', async () => {
		const { page, problems, fetched } = await open(ARTICLE);
		expect(await mapState(page)).toBe('ready');
		const here = ['al-hol-camp', 'al-sinaa-prison', 'damascus', 'north-east-syria'];
		const far = ['washington', 'white-house', 'centcom-hq', 'istanbul'];
		expect(await onScreen(page, [...here, ...far])).toEqual(here);
		await page.waitForTimeout(500);
		expect(fetched).not.toContain(WORLD);
		// Zooming out to the world fetches it.
		await page.locator('.maplibregl-ctrl-zoom-out').click();
		await page.locator('.maplibregl-ctrl-zoom-out').click();
		await page.locator('.maplibregl-ctrl-zoom-out').click();
		await expect.poll(() => fetched.includes(WORLD), { timeout: 10_000 }).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
