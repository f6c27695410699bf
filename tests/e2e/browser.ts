/**
 * Launching Debian's Chromium (RECIPE.md flags: WebGL through SwiftShader, no background
 * networking) and opening pages that record every page error, console error and request to
 * another host, so each test can insist there were none.
 */
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4180}`;

export function launch(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: [...CHROMIUM_FLAGS, ...extraArgs]
	});
}

export interface Watched {
	page: Page;
	/** Page errors, console errors and requests to other hosts seen so far. */
	problems: string[];
}

export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {},
	/** Runs on the new page before it navigates (e.g. `page.addInitScript`). */
	beforeGoto?: (page: Page) => Promise<void>
): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === BASE || url.protocol === 'data:' || url.protocol === 'blob:')
			return route.continue();
		problems.push(`request to another host: ${url.href}`);
		return route.abort();
	});
	await beforeGoto?.(page);
	const response = await page.goto(BASE + path);
	// Hydration follows the first paint (src/hooks.client.ts): on a page of the app, wait for it,
	// so that a test's clicks reach Svelte's handlers rather than following plain links.
	const html = /text\/html/.test(response?.headers()['content-type'] ?? '');
	if (html && options.javaScriptEnabled !== false)
		await page.locator('html[data-hydrated]').waitFor();
	return { page, problems };
}

/** Waits until the map says it is ready (or has failed) and returns the state. */
export async function mapState(page: Page, timeout = 30_000): Promise<string> {
	const map = page.locator('[data-map-state]');
	await map
		.and(page.locator('[data-map-state="ready"], [data-map-state="error"]'))
		.waitFor({ timeout });
	return (await map.getAttribute('data-map-state')) ?? '';
}

/** Selects the first occurrence of `words` in the article text, as a reader drags over it. */
export async function selectWords(page: Page, words: string) {
	await page.evaluate((words) => {
		const root = document.querySelector('.article-text')!;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const at = n.textContent!.indexOf(words);
			if (at === -1) continue;
			const range = document.createRange();
			range.setStart(n, at);
			range.setEnd(n, at + words.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return;
		}
		throw new Error(`"${words}" is not in the text`);
	}, words);
}
