/**
 * The paste page's gazetteer, in headless Chromium: a fresh context per run opens
 * /map-your-article, maps a short story from several countries, and reads what the page reports of
 * its Web Worker: how long /gazetteer.json took to download and how long after the download the
 * index was ready. Bytes come from the server's log (gzip, as a static host compresses it). The
 * reader's runs (reader.ts) check the other half of the aim: a reader page never asks for it.
 */
import { chromium } from 'playwright-core';
import type { BenchRow } from './geoparse';
import { benchFlags, CHROME_PATH } from './reader';
import type { Served } from '../serve-static';

export const GAZETTEER = '/gazetteer.json';
/** The aims of issue 13: at most 1.5 MB transferred, ready at most 1 s after the download. */
export const GAZETTEER_MAX_BYTES = 1.5 * 1024 * 1024;
export const READY_MAX_MS = 1000;

const STORY =
	'وصل الوفد إلى الخرطوم ثم الفاشر في دارفور، وعبر البحر الأحمر نحو الحديدة في اليمن.\n' +
	'وفي غزة وجباليا قصف متواصل، فيما تتعرض خاركيف وأوديسا لهجمات جديدة.';

export interface PasteRun {
	downloadMs: number;
	readyMs: number;
	bytes: { raw: number; gzip: number };
	places: number;
}

export async function benchPaste(server: Served, runs: number): Promise<PasteRun[]> {
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: benchFlags()
	});
	const out: PasteRun[] = [];
	try {
		for (let i = 0; i < runs + 1; i++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			const from = server.log.length;
			await page.goto(server.origin + '/map-your-article');
			await page.locator('.paste[data-ready]').waitFor();
			await page.locator('#pasted-text').fill(STORY);
			await page.getByRole('button', { name: /اعرض على الخريطة|Map it/ }).click();
			const summary = page.locator('[data-summary][data-gazetteer-ready-ms]');
			await summary.waitFor({ timeout: 60_000 });
			const [download, ready] = await Promise.all([
				summary.getAttribute('data-gazetteer-download-ms'),
				summary.getAttribute('data-gazetteer-ready-ms')
			]);
			const places = await page.locator('.article-text a.mention').count();
			const logged = server.log.slice(from).find((l) => l.path === GAZETTEER);
			await context.close();
			// The first run warms the browser up; it is not counted.
			if (i > 0)
				out.push({
					downloadMs: Number(download),
					readyMs: Number(ready),
					bytes: { raw: logged?.raw ?? NaN, gzip: logged?.gzip ?? NaN },
					places
				});
		}
	} finally {
		await browser.close();
	}
	return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function pasteSection(runs: PasteRun[]): { section: string; rows: BenchRow[] } {
	const ready = runs.map((r) => r.readyMs);
	const kb = (b: number) => +(b / 1024).toFixed(1);
	const gzip = runs[0]?.bytes.gzip ?? NaN;
	const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
	return {
		section: `paste page: the world gazetteer in the worker (${runs.length} runs)`,
		rows: [
			{
				name: 'gazetteer.json transferred (gzip)',
				value: kb(gzip),
				unit: `KiB (raw ${kb(runs[0]?.bytes.raw ?? NaN)} KiB) — ≤ 1,536 KiB: ${met(gzip <= GAZETTEER_MAX_BYTES)}`
			},
			{
				name: 'gazetteer download (median)',
				value: median(runs.map((r) => r.downloadMs)),
				unit: 'ms, loopback'
			},
			{
				name: 'worker ready after the download (median)',
				value: median(ready),
				unit: `ms (${Math.min(...ready)}–${Math.max(...ready)}) — ≤ ${READY_MAX_MS} ms: ${met(median(ready) <= READY_MAX_MS)}`
			},
			{ name: 'mentions found in the bench story', value: runs[0]?.places ?? 0, unit: 'mentions' }
		]
	};
}
