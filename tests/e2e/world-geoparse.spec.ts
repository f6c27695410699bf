import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage, selectWords } from './browser';

// A story far from north-east Syria (issue 13): Sudan, the Red Sea, Yemen, Gaza, Ukraine.
const WORLD =
	'وصل الوفد إلى الخرطوم ثم الفاشر في دارفور، وعبر البحر الأحمر نحو الحديدة في اليمن.\n' +
	'وفي غزة وجباليا قصف متواصل، فيما تتعرض خاركيف وأوديسا لهجمات جديدة.';
// طرابلس is in Libya and in Lebanon; the text says nothing to choose.
const AMBIGUOUS = 'وصل الوزير إلى طرابلس مساء أمس، وغادر طرابلس صباح اليوم.';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const mentions = (page: Page) =>
	page
		.locator('.article-text a.mention')
		.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('data-place')]));

async function mapped(text: string, path = '/map-your-article') {
	const w = await openPage(browser, path);
	await w.page.locator('.paste[data-ready]').waitFor();
	await w.page.locator('#pasted-text').fill(text);
	await w.page.getByRole('button', { name: /اعرض على الخريطة|Map it/ }).click();
	await w.page.locator('[data-summary]').waitFor();
	return w;
}

describe('the paste page knows the world', () => {
	it('maps a story from Sudan to Ukraine, with the gazetteer loaded in its worker', async () => {
		const requests: string[] = [];
		const { page, problems } = await openPage(browser, '/map-your-article', {}, async (p) => {
			p.on('request', (r) => requests.push(new URL(r.url()).pathname));
		});
		expect(requests).not.toContain('/gazetteer.json'); // only when a text is mapped
		await page.locator('.paste[data-ready]').waitFor();
		await page.locator('#pasted-text').fill(WORLD);
		await page.getByRole('button', { name: 'اعرض على الخريطة' }).click();
		await page.locator('[data-summary]').waitFor();
		expect(requests.filter((r) => r === '/gazetteer.json')).toHaveLength(1);
		expect(await mentions(page)).toEqual([
			['الخرطوم', 'khartoum-sd'],
			['الفاشر', 'al-fashir-sd'],
			['دارفور', 'darfur'],
			['البحر الأحمر', 'red-sea'],
			['الحديدة', 'al-hudaydah-ye'],
			['اليمن', 'yemen'],
			['غزة', 'gaza-city-ps'],
			['جباليا', 'jabalya-ps'],
			['خاركيف', 'kharkiv-ua'],
			['أوديسا', 'odessa-ua']
		]);
		expect(await mapState(page)).toBe('ready');
		// The page reports how long the worker's gazetteer took (the benchmark reads it).
		const ready = await page.locator('[data-summary]').getAttribute('data-gazetteer-ready-ms');
		expect(Number(ready)).toBeGreaterThan(0);
		// The map credits where the places' points and names come from.
		const credits = await page.locator('.maplibregl-ctrl-attrib-inner').textContent();
		for (const source of ['GeoNames', 'Natural Earth', 'Open-Syria', 'CLDR'])
			expect(credits).toContain(source);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('finds a place by name in either language to link a missed name', async () => {
		const { page, problems } = await mapped('وصل الوفد إلى مدينة كسلا.', '/en/map-your-article');
		const search = page.locator('#place-search');
		// The search box appears once a name is selected in the text.
		await selectWords(page, 'الوفد');
		await search.fill('Khartoum');
		await page.locator('#place-choice option[value="khartoum-sd"]').waitFor({ state: 'attached' });
		expect(await page.locator('#place-choice option').first().textContent()).toContain('Khartoum');
		await search.fill('طرابلس');
		await page
			.locator('#place-choice option[value="tripoli-lebanon"]')
			.waitFor({ state: 'attached' });
		// Places of one name say their country.
		expect(await page.locator('#place-choice').textContent()).toMatch(/Lebanon/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('did you mean', () => {
	it('lists an ambiguous name with the places it could be; one click switches it', async () => {
		const { page, problems } = await mapped(AMBIGUOUS);
		const doubt = page.locator('[data-doubts] li[data-quote="طرابلس"]');
		await doubt.waitFor();
		const chosen = (await doubt.getAttribute('data-doubt'))!;
		expect(['tripoli-libya', 'tripoli-lebanon']).toContain(chosen);
		const other = chosen === 'tripoli-libya' ? 'tripoli-lebanon' : 'tripoli-libya';
		expect(await doubt.locator('.why').textContent()).toBeTruthy();
		expect(await doubt.textContent()).toContain('هل تقصد');
		const axe = await new AxeBuilder({ page: page as never })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		await doubt.locator(`button[data-choose="${other}"]`).click();
		await page.locator(`a.mention[data-place="${other}"]`).nth(1).waitFor();
		// Both mentions of the name switched, and the name left the list: it is reviewed now.
		expect(await mentions(page)).toEqual([
			['طرابلس', other],
			['طرابلس', other]
		]);
		expect(await page.locator('[data-doubts]').count()).toBe(0);
		expect(await mapState(page)).toBe('ready');
		expect(await page.locator(`.maplibregl-marker[data-place="${other}"]`).count()).toBe(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('"keep" confirms the choice; "not a place" removes the name, from the keyboard', async () => {
		const keep = await mapped(AMBIGUOUS);
		const before = await mentions(keep.page);
		await keep.page.locator('[data-doubts] button[data-keep]').click();
		expect(await keep.page.locator('[data-doubts]').count()).toBe(0);
		expect(await mentions(keep.page)).toEqual(before);
		await keep.page.context().close();

		const drop = await mapped(AMBIGUOUS, '/en/map-your-article');
		const button = drop.page.locator('[data-doubts] button[data-not-place]');
		expect(await button.getAttribute('aria-label')).toBe('“طرابلس” is not a place here');
		await button.focus();
		await drop.page.keyboard.press('Enter');
		await drop.page.locator('.article-text a.mention').first().waitFor({ state: 'detached' });
		expect(await mentions(drop.page)).toEqual([]);
		expect(drop.problems).toEqual([]);
		await drop.page.context().close();
	});
});

describe('the reader pages', () => {
	it('never load the gazetteer', async () => {
		const requests: string[] = [];
		const { page, problems } = await openPage(
			browser,
			'/articles/us-pauses-isis-operations-2022-12-03',
			{},
			async (p) => {
				p.on('request', (r) => requests.push(new URL(r.url()).pathname));
			}
		);
		expect(await mapState(page)).toBe('ready');
		await page.locator('a.mention').first().click();
		await page.waitForTimeout(500);
		expect(requests.filter((r) => r.includes('gazetteer'))).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
