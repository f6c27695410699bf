import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function reader(path = ARTICLE, viewport = { width: 1440, height: 900 }) {
	const w = await openPage(browser, path, { viewport });
	expect(await mapState(w.page)).toBe('ready');
	return w;
}
const dialog = (page: Page) => page.getByRole('dialog');
const done = async (page: Page, problems: string[]) => {
	expect(problems).toEqual([]);
	await page.context().close();
};

describe('markers, popups and links back to the text', () => {
	it('clicking the al-Hol camp marker opens its popup; its link focuses the mention and marks it current', async () => {
		const { page, problems } = await reader();
		await page.locator('.maplibregl-marker[data-place="al-hol-camp"]').click();
		const popup = dialog(page);
		await expect(popup.getAttribute('aria-labelledby')).resolves.toBe('popup-title-al-hol-camp');
		expect(await popup.locator('h2').textContent()).toContain('مخيم الهول');
		expect(await popup.locator('h2').textContent()).toContain('al-Hol camp');
		expect(await popup.locator('mark').first().textContent()).toBe('مخيم الهول للنازحين');
		expect(await popup.locator('[data-spatial="border"]').textContent()).toContain(
			'على بعد 77 كم جنوب الحدود التركية، خارج المنطقة التي تطالب بها تركيا'
		);
		await popup.getByRole('link', { name: 'إلى النص' }).first().click();
		const mention = page.locator('#m-11');
		await expect(mention.getAttribute('aria-current')).resolves.toBe('true');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-11');
		expect(await mention.isVisible()).toBe(true);
		expect(await page.locator('[aria-current="true"]').count()).toBe(1);
		await done(page, problems);
	});

	it('following a second link moves the current mark from the previous mention', async () => {
		const { page, problems } = await reader(`${ARTICLE}?place=washington`);
		const links = dialog(page).getByRole('link', { name: 'إلى النص' });
		expect(await links.count()).toBe(3);
		await links.nth(0).click();
		const first = await page.evaluate(() => document.activeElement?.id);
		await page.locator('.maplibregl-marker[data-place="washington"]').click();
		await dialog(page).getByRole('link', { name: 'إلى النص' }).nth(1).click();
		const second = await page.evaluate(() => document.activeElement?.id);
		expect(second).not.toBe(first);
		expect(await page.locator(`#${first}`).getAttribute('aria-current')).toBeNull();
		expect(await page.locator(`#${second}`).getAttribute('aria-current')).toBe('true');
		await done(page, problems);
	});

	it('clicking a mention in the text opens its place; the unnamed prisons say they are our inference', async () => {
		const { page, problems } = await reader();
		await page.locator('a.mention', { hasText: 'السجون التي تضم مقاتلي التنظيم' }).click();
		const popup = dialog(page);
		expect(await popup.getAttribute('data-place')).toBe('al-sinaa-prison');
		const text = await popup.textContent();
		expect(text).toContain('استنتاج منا، لا يسميه المقال');
		expect(text).toContain('لا يسمي المقال أي سجن');
		expect(await popup.locator('.sources a').count()).toBeGreaterThan(1);
		expect(new URL(page.url()).searchParams.get('place')).toBe('al-sinaa-prison');
		await done(page, problems);
	});

	it('a place the map cannot show (a country as actor) still opens a panel that says why', async () => {
		const { page, problems } = await reader();
		await page.locator('a.mention[data-place="russia"]').first().click();
		const popup = dialog(page);
		expect(await popup.textContent()).toContain('لا علامة لها');
		expect(await page.locator('.maplibregl-marker[data-place="russia"]').count()).toBe(0);
		await done(page, problems);
	});
});

describe('state in the URL', () => {
	it('?place=al-hol-camp opens with the popup', async () => {
		const { page, problems } = await reader(`${ARTICLE}?place=al-hol-camp`);
		expect(await dialog(page).getAttribute('data-place')).toBe('al-hol-camp');
		await done(page, problems);
	});

	it('an unknown id shows a polite notice and the plain page', async () => {
		const { page, problems } = await reader(`${ARTICLE}?place=atlantis`);
		const notice = page.locator('.notice[role="status"]');
		expect(await notice.textContent()).toContain('atlantis');
		expect(await dialog(page).count()).toBe(0);
		expect(await page.locator('.article-text').isVisible()).toBe(true);
		await done(page, problems);
	});

	it('back and forward walk through selections', async () => {
		const { page, problems } = await reader();
		await page.locator('.maplibregl-marker[data-place="al-hol-camp"]').click();
		await page.locator('.places button[data-place="white-house"]').click();
		await page.waitForURL(/place=white-house/);
		expect(await dialog(page).getAttribute('data-place')).toBe('white-house');
		await page.goBack();
		await page.waitForURL(/place=al-hol-camp/);
		expect(await dialog(page).getAttribute('data-place')).toBe('al-hol-camp');
		await page.goBack();
		await page.waitForURL((u) => !u.searchParams.has('place'));
		expect(await dialog(page).count()).toBe(0);
		await page.goForward();
		await page.waitForURL(/place=al-hol-camp/);
		expect(await dialog(page).getAttribute('data-place')).toBe('al-hol-camp');
		await done(page, problems);
	});
});

describe('the keyboard alone', () => {
	it('a mention opens its popup with Enter, Escape closes it and returns focus to the mention', async () => {
		const { page, problems } = await reader();
		await page.locator('#m-11').focus();
		await page.keyboard.press('Enter');
		await dialog(page).waitFor();
		expect(
			await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)
		).toBe(true);
		await page.keyboard.press('Escape');
		expect(await dialog(page).count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-11');
		await done(page, problems);
	});

	it('markers are buttons named in Arabic and English, reached by Tab and opened with Enter', async () => {
		const { page, problems } = await reader();
		const marker = page.getByRole('button', { name: /مخيم الهول · al-Hol camp/ });
		expect(await marker.count()).toBe(1);
		// Start from the last control before the map (the timeline) and go forward.
		await page.locator('#timeline button').last().focus();
		let reached = false;
		for (let i = 0; i < 40 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() =>
					document.activeElement?.getAttribute('data-place') === 'al-hol-camp' &&
					document.activeElement.classList.contains('marker')
			);
		}
		expect(reached).toBe(true);
		await page.keyboard.press('Enter');
		expect(await dialog(page).getAttribute('data-place')).toBe('al-hol-camp');
		// The popup's link back to the text works from the keyboard too.
		await dialog(page).getByRole('link', { name: 'إلى النص' }).first().focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-11');
		await done(page, problems);
	});
});

describe('the border zone on the page', () => {
	it('summarises which places lie inside the 30 km zone', async () => {
		const { page, problems } = await reader(`/en${ARTICLE}`);
		const summary = page.locator('#zone-summary');
		expect(await summary.locator('[data-outside-zone="al-hol-camp"]').count()).toBe(1);
		expect(await summary.locator('[data-outside-zone="al-sinaa-prison"]').count()).toBe(1);
		const text = await summary.textContent();
		for (const town of ['Qamishli', 'Amuda', 'Ras al-Ayn', 'al-Malikiyah', 'Kobani', 'Tal Abyad'])
			expect(text).toContain(town);
		expect(text).not.toMatch(/inside it:[^.]*al-Hasakah/);
		await done(page, problems);
	});

	it('the measuring tool reads the great-circle distance between two markers', async () => {
		const { page, problems } = await reader();
		await page.getByRole('button', { name: 'قياس المسافة' }).click();
		await page.locator('.maplibregl-marker[data-place="al-hol-camp"]').click();
		await page.locator('.maplibregl-marker[data-place="al-sinaa-prison"]').click();
		const km = Number(await page.locator('[data-measure-km]').getAttribute('data-measure-km'));
		expect(km).toBeGreaterThan(35);
		expect(km).toBeLessThan(38);
		expect(await dialog(page).count()).toBe(0);
		await done(page, problems);
	});

	it('the legend switches a kind of marker off and on', async () => {
		const { page, problems } = await reader();
		const camp = page.locator('.maplibregl-marker[data-place="al-hol-camp"]');
		expect(await camp.isVisible()).toBe(true);
		// Folded at first (the map comes first): open it.
		await page.getByRole('button', { name: 'مفتاح الخريطة' }).click();
		const box = page.getByRole('checkbox', { name: 'مخيم' });
		await box.uncheck();
		expect(await camp.isVisible()).toBe(false);
		await box.check();
		expect(await camp.isVisible()).toBe(true);
		await done(page, problems);
	});
});

describe('layout', () => {
	for (const [w, h] of [
		[390, 844],
		[1440, 900]
	]) {
		it(`works at ${w}×${h}: no horizontal scrolling, text and map reachable`, async () => {
			const { page, problems } = await openPage(browser, ARTICLE, {
				viewport: { width: w, height: h }
			});
			await page.locator('.article-text').waitFor();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			fs.mkdirSync('test-results', { recursive: true });
			if (w < 800) {
				await page.getByRole('button', { name: 'الخريطة', exact: true }).click();
				expect(await mapState(page)).toBe('ready');
				const size = await page
					.locator('.maplibregl-marker[data-place="al-hol-camp"]')
					.boundingBox();
				expect(size!.width).toBeGreaterThanOrEqual(22);
				await page.screenshot({ path: `test-results/reader-${w}x${h}-map.png` });
				await page.getByRole('button', { name: 'النص', exact: true }).click();
			} else {
				expect(await mapState(page)).toBe('ready');
				const text = await page.locator('.text-pane').boundingBox();
				const map = await page.locator('.map-pane').boundingBox();
				expect(text!.x).toBeGreaterThan(map!.x); // text on the right, as Arabic reads
			}
			await page.screenshot({ path: `test-results/reader-${w}x${h}.png` });
			await done(page, problems);
		});
	}
});

describe('in English', () => {
	it('/en/… is the same reader, left to right, with English interface, names and distances', async () => {
		const { page, problems } = await reader(`/en${ARTICLE}?place=al-hol-camp`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
		const popup = dialog(page);
		expect(await popup.locator('h2').textContent()).toMatch(/^\s*al-Hol camp/);
		expect(await popup.locator('[data-spatial="border"]').textContent()).toContain(
			'77 km south of the Turkish border, outside the 30 km zone Turkey demanded'
		);
		// The article itself stays Arabic, right to left.
		expect(await page.locator('.article-text').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('#timeline time[datetime="2022-11-30"]').textContent()).toBe(
			'30 Nov 2022'
		);
		await done(page, problems);
	});

	it('the language switch keeps the page and the selected place', async () => {
		const { page, problems } = await reader(`${ARTICLE}?place=al-hol-camp`);
		await page.locator('.lang-switch').click();
		await page.waitForURL(/\/en\/articles\/.*place=al-hol-camp/);
		expect(await mapState(page)).toBe('ready');
		expect(await page.getByRole('dialog').getAttribute('data-place')).toBe('al-hol-camp');
		await page.locator('.lang-switch').click();
		await page.waitForURL((u) => u.pathname === ARTICLE);
		await done(page, problems);
	});
});

describe('the English translation', () => {
	it('is shown on request, marked as a translation, with its own mention links', async () => {
		const { page, problems } = await reader(`/en${ARTICLE}`);
		expect(await page.locator('.article-text').getAttribute('data-text')).toBe('original');
		await page.getByRole('button', { name: 'English translation' }).click();
		const text = page.locator('.article-text');
		expect(await text.getAttribute('data-text')).toBe('translation');
		expect(await text.getAttribute('lang')).toBe('en');
		expect(await text.getAttribute('dir')).toBe('ltr');
		expect(await page.locator('.translation-note').textContent()).toContain(
			'translation made for this project'
		);
		await page.locator('a.mention', { hasText: 'al-Hol camp for the displaced' }).click();
		const popup = dialog(page);
		expect(await popup.getAttribute('data-place')).toBe('al-hol-camp');
		expect(await popup.locator('mark').first().textContent()).toBe('al-Hol camp for the displaced');
		await popup.getByRole('link', { name: 'To the text' }).first().click();
		const id = await page.evaluate(() => document.activeElement?.id);
		expect(id).toMatch(/^t-\d+$/);
		expect(await page.locator(`#${id}`).getAttribute('aria-current')).toBe('true');
		await done(page, problems);
	});
});

describe('Arabic letter joining', () => {
	it('a highlighted mention after an attached clitic keeps its letters joined', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		// Render "بالحسكة" twice in the article's own styles: once plain, once with the clitic
		// outside a mention link that is hovered and current (as the page marks them). If the
		// link's styling broke shaping, the ب would take its isolated, wider form.
		const [plain, linked, broken] = await page.evaluate(() => {
			const host = document.querySelector('.article-text p')!;
			const a = document.createElement('span');
			a.textContent = 'بالحسكة';
			const b = document.createElement('span');
			const link = document
				.querySelector<HTMLAnchorElement>('a.mention')!
				.cloneNode() as HTMLAnchorElement;
			link.removeAttribute('id');
			link.textContent = 'الحسكة';
			link.classList.add('hovered', 'selected');
			link.setAttribute('aria-current', 'true');
			b.append('ب', link);
			// A control with joining broken on purpose (an inline-block splits the text run).
			const c = document.createElement('span');
			const split = document.createElement('span');
			split.style.display = 'inline-block';
			split.textContent = 'الحسكة';
			c.append('ب', split);
			host.append(a, b, c);
			return [a, b, c].map((el) => el.getBoundingClientRect().width);
		});
		// Joined forms are narrower than isolated ones: the control shows how much.
		expect(broken - plain).toBeGreaterThan(3);
		expect(Math.abs(linked - plain)).toBeLessThan((broken - plain) / 4);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
