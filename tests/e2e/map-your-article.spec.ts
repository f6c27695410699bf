import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, mapState, openPage, selectWords } from './browser';

const PAGE = '/map-your-article';
const PAGE_EN = '/en/map-your-article';
// Clitics (و، ب) before the names; "الشهباء" (Aleppo's byname) is not in the gazetteer.
const TEXT =
	'قصفت تركيا مواقع قرب القامشلي وبالحسكة، وأعلنت قسد حظر التجوال.\nووصلت تعزيزات من الشهباء مساء أمس.';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const done = async (page: Page, problems: string[]) => {
	expect(problems).toEqual([]);
	await page.context().close();
};

/** The mentions in the text, as [words, place]. */
const mentions = (page: Page) =>
	page
		.locator('.article-text a.mention')
		.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('data-place')]));

async function mapText(page: Page, text: string) {
	await page.locator('.paste[data-ready]').waitFor(); // hydrated
	await page.locator('#pasted-text').fill(text);
	await page.getByRole('button', { name: /اعرض على الخريطة|Map it/ }).click();
}

async function mapped(text = TEXT, path = PAGE) {
	const w = await openPage(browser, path);
	await mapText(w.page, text);
	await w.page.locator('[data-summary]').waitFor();
	return w;
}

/** Paste `text` into the text box, as the clipboard would. */
async function paste(page: Page, text: string) {
	await page.locator('.paste[data-ready]').waitFor(); // hydrated
	await page.locator('#pasted-text').evaluate((box, text) => {
		const data = new DataTransfer();
		data.setData('text/plain', text);
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

/** Choose a text file holding `bytes` in the file picker. */
async function chooseFile(page: Page, bytes: Buffer) {
	await page
		.locator('input[type="file"]')
		.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: bytes });
}

/** Select `words` in the text, as a reader would with the mouse. */
describe('map your article', () => {
	it('is linked from the home page', async () => {
		const { page, problems } = await openPage(browser, '/');
		await page.locator('a[data-map-your-article]').click();
		await page.waitForURL(/\/map-your-article$/);
		expect(await page.locator('#pasted-text').count()).toBe(1);
		await done(page, problems);
	});

	it('pasted text with clitics: mentions become links, markers appear, a marker opens its popup', async () => {
		const { page, problems } = await mapped();
		expect(await mentions(page)).toEqual([
			['تركيا', 'turkey'],
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah']
		]);
		expect(await mapState(page)).toBe('ready');
		await page.locator('.maplibregl-marker[data-place="qamishli"]').click();
		const popup = page.getByRole('dialog');
		expect(await popup.getAttribute('data-place')).toBe('qamishli');
		expect(await popup.locator('mark').first().textContent()).toBe('القامشلي');
		expect(await page.locator('.maplibregl-marker[data-place="al-hasakah"]').count()).toBe(1);
		// The whole reader, popup open, as a11y.spec.ts checks the seed article's.
		const axe = await new AxeBuilder({ page: page as never })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		await done(page, problems);
	});

	it('removes a place the matcher found, and links a missed name selected in the text', async () => {
		const { page, problems } = await mapped();
		// Corrections update the map in place: the same canvas stays (no rebuild).
		expect(await mapState(page)).toBe('ready');
		await page.evaluate(() => {
			document.querySelector<HTMLElement>('.maplibregl-canvas')!.dataset.probe = 'first-map';
		});
		await page.locator('[data-remove="turkey"]').click();
		await page.locator('a.mention[data-place="turkey"]').waitFor({ state: 'detached' });
		expect(await mentions(page)).toEqual([
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah']
		]);

		await selectWords(page, 'الشهباء');
		expect(await page.locator('[data-picked]').textContent()).toBe('الشهباء');
		await page.locator('#place-search').fill('حلب');
		await page.locator('#place-choice').selectOption('aleppo');
		await page.getByRole('button', { name: 'ربط', exact: true }).click();
		await page.locator('a.mention', { hasText: 'الشهباء' }).waitFor();
		expect(await mentions(page)).toEqual([
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah'],
			['الشهباء', 'aleppo']
		]);
		expect(await mapState(page)).toBe('ready');
		await page.locator('.maplibregl-marker[data-place="aleppo"]').click();
		expect(await page.getByRole('dialog').locator('mark').allTextContents()).toEqual(['الشهباء']);
		expect(await page.locator('.maplibregl-canvas[data-probe="first-map"]').count()).toBe(1);

		// The download is the corrected mentions, as a W3C AnnotationCollection.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-download]').click()
		]);
		const json = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
		expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(json.type).toBe('AnnotationCollection');
		expect(json.total).toBe(3);
		const items = json.first.items as {
			body: { source: string };
			target: { selector: [{ start: number; end: number }, { exact: string }] };
		}[];
		expect(items.map((a) => [a.target.selector[1].exact, a.body.source])).toEqual([
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah'],
			['الشهباء', 'aleppo']
		]);

		// Removing a place with a marker takes its marker off the same map.
		await page.getByRole('dialog').getByRole('button').first().click();
		await page.locator('[data-remove="qamishli"]').click();
		await page.locator('.maplibregl-marker[data-place="qamishli"]').waitFor({ state: 'detached' });
		expect(await page.locator('.maplibregl-marker[data-place="al-hasakah"]').count()).toBe(1);
		expect(await page.locator('.maplibregl-canvas[data-probe="first-map"]').count()).toBe(1);
		await done(page, problems);
	});

	it('"copy link" puts the text in the fragment; opening the link maps it again', async () => {
		const first = await mapped();
		await first.page.getByRole('button', { name: 'نسخ رابط' }).click();
		const link = await first.page.locator('[data-share-link]').getAttribute('href');
		expect(link).toMatch(/\/map-your-article#t=[A-Za-z0-9_-]+$/);
		const expected = await mentions(first.page);
		await done(first.page, first.problems);

		const second = await openPage(browser, new URL(link!).pathname + new URL(link!).hash);
		await second.page.locator('[data-summary]').waitFor();
		expect(await mentions(second.page)).toEqual(expected);
		expect(await second.page.locator('#pasted-text').inputValue()).toBe(TEXT);
		await done(second.page, second.problems);
	});

	it('pasted HTML stays text: no element is created and no script runs', async () => {
		const { page, problems } = await openPage(browser, PAGE);
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const html = '<img src=x onerror=alert(1)>\n<script>alert(2)</script> قرب دمشق';
		await mapText(page, html);
		await page.locator('[data-summary]').waitFor();
		const text = page.locator('.article-text');
		expect(await text.textContent()).toContain('<img src=x onerror=alert(1)>');
		expect(await text.textContent()).toContain('<script>alert(2)</script>');
		expect(await page.locator('.text-pane img, .text-pane script').count()).toBe(0);
		expect(await mentions(page)).toEqual([['دمشق', 'damascus']]);
		await page.waitForTimeout(300);
		expect(dialogs).toBe(0);
		await done(page, problems);
	});

	it('too large a text or file gets a clear message', async () => {
		const { page, problems } = await openPage(browser, PAGE);
		await paste(page, 'دمشق '.repeat(250_000)); // 2.25 MB of UTF-8
		expect(await page.locator('[data-message]').textContent()).toContain('الحد الأقصى 2 ميغابايت');
		expect(await page.locator('[data-held]').count()).toBe(0);
		await chooseFile(page, Buffer.alloc(3 * 1024 * 1024, 'a'));
		expect(await page.locator('[data-message]').textContent()).toContain('3.0 ميغابايت');
		expect(await page.locator('[data-summary]').count()).toBe(0);
		await done(page, problems);
	});

	it('20 MB, pasted or as a file: a clear message, and the page never freezes', async () => {
		const { page, problems } = await openPage(browser, PAGE);
		await page.locator('.paste[data-ready]').waitFor(); // hydrated
		// Built in the page: 2.4 million times "دمشق " is 21 MB of UTF-8.
		const frozen = await page.locator('#pasted-text').evaluate((box) => {
			const data = new DataTransfer();
			data.setData('text/plain', 'دمشق '.repeat(2_400_000));
			const t = performance.now();
			box.dispatchEvent(
				new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
			);
			return performance.now() - t;
		});
		expect(frozen).toBeLessThan(1000);
		expect(await page.locator('[data-message]').textContent()).toContain('الحد الأقصى 2 ميغابايت');
		await chooseFile(page, Buffer.alloc(20 * 1024 * 1024, 'دمشق '));
		expect(await page.locator('[data-message]').textContent()).toContain('20.0 ميغابايت');
		expect(await page.locator('[data-summary]').count()).toBe(0);
		await done(page, problems);
	});

	it('invalid UTF-16 (lone surrogates) is mapped like any text', async () => {
		const { page, problems } = await openPage(browser, PAGE_EN);
		await mapText(page, 'قرب \uD800دمشق\uDC00 و\uDFFFالقامشلي');
		await page.locator('[data-summary]').waitFor();
		expect((await mentions(page)).map(([, place]) => place)).toEqual(['damascus', 'qamishli']);
		await done(page, problems);
	});

	it('a long text is held out of the text box and geoparsed in the worker: the page stays responsive', async () => {
		const { page, problems } = await openPage(browser, PAGE);
		const line = TEXT.replace('\n', ' ');
		await paste(page, Array(1500).fill(line).join('\n')); // 1,500 lines, about 290 KB
		expect(await page.locator('[data-held]').textContent()).toContain('محفوظ دون عرضه');
		expect(await page.locator('#pasted-text').inputValue()).toBe('');
		await page.getByRole('button', { name: 'اعرض على الخريطة' }).click();
		const t = Date.now();
		await page.evaluate(() => 1);
		expect(Date.now() - t).toBeLessThan(1000);
		await page.locator('[data-summary]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-summary]').textContent()).toContain('4500 إشارة');
		await done(page, problems);
	});

	it('empty, diacritics only, binary and one enormous word: a message or a result, never a crash', async () => {
		// In English, at /en/…: the messages are the interface language's.
		const { page, problems } = await openPage(browser, PAGE_EN);
		const message = page.locator('[data-message]');
		await mapText(page, '   \n  ');
		expect(await message.textContent()).toContain('There is no text');
		await mapText(page, 'قرب\u0000\u0001 دمشق');
		expect(await message.textContent()).toContain('does not look like text');
		await mapText(page, '\u064e\u064f\u0650\u0651\u0652');
		await page.locator('[data-summary]').waitFor();
		expect(await message.textContent()).toContain('No place of our gazetteer');
		await paste(page, 'ب'.repeat(100_000) + ' دمشق');
		await page.getByRole('button', { name: 'Map it' }).click();
		await page.locator('a.mention[data-place="damascus"]').waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await done(page, problems);
	});
});

describe('the share link limit', () => {
	it('beyond 32 KB of fragment, the button says why it cannot', async () => {
		// Incompressible enough: many different place-less words.
		const words = Array.from({ length: 12_000 }, (_, i) => `كلمة${(i * 7919) % 100_003}`);
		const { page, problems } = await mapped(words.join(' '), PAGE_EN);
		await page.getByRole('button', { name: 'Copy link' }).click();
		expect(await page.locator('[data-share-status]').textContent()).toContain(
			'too long for a link'
		);
		expect(await page.locator('[data-share-link]').count()).toBe(0);
		await done(page, problems);
	});
});
