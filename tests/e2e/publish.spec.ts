/**
 * From the paste page to a published reader, the whole way round: paste a text, correct its places
 * (remove a wrong one, link a missed name), prepare it for publishing and download the bundle, run
 * `npm run add-article` on it (into a temporary collection, as a fixture), build the site with that
 * collection into build-roundtrip-test/, and open the new article's reader: the corrected place is
 * there, the removed one is not.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve, type Served } from '../../scripts/serve-static';
import { launch, mapState, openPage, selectWords } from './browser';

const TEXT =
	'نص اختباري: تعزيزات متخيلة قرب القامشلي\nقصفت تركيا مواقع قرب القامشلي وبالحسكة، وأعلنت قسد حظر التجوال.\nووصلت تعزيزات من الشهباء مساء أمس.';
const SLUG = 'fixture-round-trip-2024-05-02';
const DIR = 'build-roundtrip-test';

let browser: Browser;
let tmp: string;
let site: Served | undefined;
beforeAll(async () => {
	browser = await launch();
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-roundtrip-'));
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.rmSync(DIR, { recursive: true, force: true });
});

/** Select `words` in the text, as a reader would with the mouse. */
describe('paste, correct, export, add-article, build, read', () => {
	it('the new reader shows the corrected place', { timeout: 300_000 }, async () => {
		// 1. Paste and correct: Turkey is removed, الشهباء (Aleppo's byname) is linked to Aleppo.
		const { page, problems } = await openPage(browser, '/map-your-article');
		await page.locator('.paste[data-ready]').waitFor();
		await page.locator('#pasted-text').fill(TEXT);
		await page.getByRole('button', { name: 'اعرض على الخريطة' }).click();
		await page.locator('[data-summary]').waitFor();
		await page.locator('[data-remove="turkey"]').click();
		await page.locator('a.mention[data-place="turkey"]').waitFor({ state: 'detached' });
		await selectWords(page, 'الشهباء');
		await page.locator('#place-search').fill('حلب');
		await page.locator('#place-choice').selectOption('aleppo');
		await page.getByRole('button', { name: 'ربط', exact: true }).click();
		await page.locator('a.mention', { hasText: 'الشهباء' }).waitFor();

		// 2. Prepare for publishing: the form, then one download.
		await page.locator('[data-prepare]').click();
		const form = page.locator('[data-publish-form]');
		expect(await form.locator('input[name="title"]').inputValue()).toBe(
			'نص اختباري: تعزيزات متخيلة قرب القامشلي'
		);
		await form.locator('input[name="outlet"]').fill('وكالة الاختبار');
		await form.locator('input[name="outlet-en"]').fill('Fixture Wire');
		await form.locator('input[name="date"]').fill('2024-05-02');
		await form.locator('input[name="time"]').fill('10:30');
		await form.locator('input[name="offset"]').fill('+03:00');
		await form.locator('input[name="licence"]').fill("CC0 1.0: written for Khareeta's tests");
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			form.getByRole('button', { name: 'تنزيل الملف للنشر' }).click()
		]);
		expect(download.suggestedFilename()).toBe('2024-05-02-fixture-wire.khareeta.json');
		const bundle = path.join(tmp, download.suggestedFilename());
		await download.saveAs(bundle);
		expect(await page.locator('[data-saved]').textContent()).toContain(
			'npm run add-article -- 2024-05-02-fixture-wire.khareeta.json'
		);
		expect(problems).toEqual([]);
		await page.context().close();

		// 3. add-article, into a collection of the test's own, as a fixture.
		const collection = path.join(tmp, 'articles');
		fs.mkdirSync(collection);
		const add = spawnSync(
			'npx',
			[
				'tsx',
				'scripts/add-article.ts',
				bundle,
				`--collection=${collection}`,
				'--fixture',
				`--slug=${SLUG}`
			],
			{ encoding: 'utf8' }
		);
		expect(add.stderr).toBe('');
		expect(add.status).toBe(0);
		expect(add.stdout).toMatch(/^ {2}aleppo .* reviewed .*linked in review/m);
		expect(add.stdout).toContain('Removed in review:\n  «تركيا»');

		// 4. Build the site with that collection beside the shipped one.
		const build = spawnSync('npx', ['vite', 'build'], {
			env: {
				...process.env,
				KHAREETA_ARTICLES: `geodata/articles${path.delimiter}${collection}`,
				KHAREETA_BUILD_DIR: DIR
			},
			encoding: 'utf8'
		});
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
		site = await serve([['/', DIR]]);

		// 5. The new reader: الشهباء is Aleppo, Turkey is gone, the popup quotes the corrected word.
		const reader = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const p = await reader.newPage();
		const errors: string[] = [];
		p.on('pageerror', (e) => errors.push(e.message));
		await p.goto(`${site.origin}/articles/${SLUG}`);
		// Right after a full build the machine may still be busy: once (with other work running)
		// hydration took longer than Playwright's default 30 s.
		await p.locator('html[data-hydrated]').waitFor({ timeout: 90_000 });
		expect(await mapState(p)).toBe('ready');
		const mentions = await p
			.locator('.article-text a.mention')
			.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('data-place')]));
		expect(mentions).toContainEqual(['الشهباء', 'aleppo']);
		expect(mentions.map(([, place]) => place)).not.toContain('turkey');
		await p.locator('a.mention[data-place="aleppo"]').click();
		const popup = p.getByRole('dialog');
		expect(await popup.getAttribute('data-place')).toBe('aleppo');
		expect(await popup.locator('mark').allTextContents()).toEqual(['الشهباء']);
		expect(await p.locator('[data-fixture]').count()).toBeGreaterThan(0);
		// It is in the collection: the home page lists it, after the seed article.
		await p.goto(`${site.origin}/`);
		await p.locator('[data-count]:has-text("2")').waitFor();
		const listed = await p
			.locator('[data-article-list] > li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-article')));
		expect(listed).toEqual(['us-pauses-isis-operations-2022-12-03', SLUG]);
		expect(errors).toEqual([]);
		await reader.close();
	});
});
