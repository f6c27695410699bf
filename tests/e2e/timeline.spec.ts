import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapState, openPage } from './browser';

const ARTICLE = '/articles/us-pauses-isis-operations-2022-12-03';
const AUSTIN = 'e-2022-11-30-austin-akar';
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const highlighted = () =>
	(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('event-sentence');

describe('the timeline', () => {
	it('lists every event at its date, the context ones marked as context', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		const items = page.locator('#timeline li');
		expect(await items.count()).toBe(9);
		const dates = await page
			.locator('#timeline time')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
		expect(dates).toContain('2022-11-30');
		expect(dates).toContain('2022-01-20/2022-01-30');
		expect([...dates].sort()).toEqual(dates);
		expect(await page.locator('#timeline li.context').count()).toBe(4);
		expect(await page.locator('#timeline li.context').first().textContent()).toContain('سياق');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('selecting an event highlights its sentence, marks its places and survives in the URL', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		expect(await mapState(page)).toBe('ready');
		await page.locator(`li[data-event="${AUSTIN}"] button[aria-describedby]`).click();
		await page.waitForURL(new RegExp(`event=${AUSTIN}`));
		const text = await page.evaluate(() => {
			const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
				'event-sentence'
			);
			return h ? [...h].map((r) => r.toString()).join('') : null;
		});
		expect(text).toContain('لويد أوست');
		expect(text).toContain('الأربعاء الماضي');
		expect(
			await page.locator('.maplibregl-marker[data-place="washington"]').getAttribute('class')
		).toContain('in-event');
		expect(
			await page
				.locator(`li[data-event="${AUSTIN}"] button[aria-describedby]`)
				.getAttribute('aria-pressed')
		).toBe('true');
		// Reloading the URL restores the selection.
		await page.reload();
		await page
			.locator(`li[data-event="${AUSTIN}"] button[aria-describedby][aria-pressed="true"]`)
			.waitFor();
		expect(await page.evaluate(highlighted)).toBeTruthy();
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a date shows, on focus, the words it was resolved from', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		const tip = page.locator(`#why-${AUSTIN}`);
		expect(await tip.isVisible()).toBe(false);
		await page.locator(`li[data-event="${AUSTIN}"] button[aria-describedby]`).focus();
		expect(await tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toContain('الأربعاء الماضي');
		expect(await tip.textContent()).toContain('30 تشرين الثاني 2022');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it("a place's popup lists the dated events there", async () => {
		const { page, problems } = await openPage(browser, `${ARTICLE}?place=al-hol-camp`);
		expect(await mapState(page)).toBe('ready');
		const events = page.getByRole('dialog').locator('[data-event]');
		expect(await events.count()).toBeGreaterThan(0);
		expect(await events.first().locator('time').getAttribute('datetime')).toBe('2022-11-23');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
