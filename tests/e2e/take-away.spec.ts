import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapState, openPage } from './browser';

const SLUG = 'us-pauses-isis-operations-2022-12-03';
const ARTICLE = `/articles/${SLUG}`;
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('downloads', () => {
	it('GeoJSON, CSV and JSON-LD download from the reader and parse, one record checked field by field', async () => {
		const { page, problems } = await openPage(browser, ARTICLE, { acceptDownloads: true });
		const fetchDownload = async (kind: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator(`a[data-download="${kind}"]`).click()
			]);
			return {
				name: download.suggestedFilename(),
				text: fs.readFileSync((await download.path())!, 'utf8')
			};
		};
		const geo = await fetchDownload('geojson');
		expect(geo.name).toBe(`${SLUG}.places.geojson`);
		const fc = JSON.parse(geo.text);
		expect(fc.type).toBe('FeatureCollection');
		const hol = fc.features.find((f: { id: string }) => f.id === 'al-hol-camp');
		expect(hol.geometry.coordinates).toEqual([41.14861, 36.37556]);
		expect(hol.properties).toMatchObject({
			name_ar: 'مخيم الهول',
			name_en: 'al-Hol camp',
			kind: 'camp',
			precision_m: 1000,
			in_zone: false
		});

		const csv = await fetchDownload('csv');
		const lines = csv.text.trim().split('\r\n');
		expect(lines.length - 1).toBe(fc.features.length);
		const header = lines[0].split(',');
		const row = lines.find((l) => l.startsWith('al-hol-camp,'))!.split(',');
		expect(row[header.indexOf('latitude')]).toBe('36.37556');
		expect(row[header.indexOf('kind')]).toBe('camp');

		const ld = await fetchDownload('jsonld');
		const coll = JSON.parse(ld.text);
		expect(coll['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(coll.total).toBe(coll.first.items.length);
		const first = coll.first.items.find(
			(a: { body: { source: string } }) => a.body.source === 'al-hol-camp'
		);
		expect(first.target.selector[1].exact).toBe('مخيم الهول للنازحين');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('links', () => {
	it('copies a link to a place that opens it', async () => {
		const { page, problems } = await openPage(browser, `${ARTICLE}?place=al-hol-camp`, {
			permissions: ['clipboard-read', 'clipboard-write']
		});
		expect(await mapState(page)).toBe('ready');
		await page.getByRole('dialog').locator('.copy-link').click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).searchParams.get('place')).toBe('al-hol-camp');
		await page.getByRole('dialog').locator('.copied').waitFor();
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('copies a link to an event', async () => {
		const { page, problems } = await openPage(
			browser,
			`${ARTICLE}?event=e-2022-11-30-austin-akar`,
			{
				permissions: ['clipboard-read', 'clipboard-write']
			}
		);
		await page.locator('li[data-event="e-2022-11-30-austin-akar"] .copy-link').click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).searchParams.get('event')).toBe('e-2022-11-30-austin-akar');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('embed and print', () => {
	it('?embed=1 shows the map and the selected place only', async () => {
		const { page, problems } = await openPage(browser, `${ARTICLE}?place=al-hol-camp&embed=1`);
		expect(await mapState(page)).toBe('ready');
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.article-text').isVisible()).toBe(false);
		expect(await page.getByRole('dialog').getAttribute('data-place')).toBe('al-hol-camp');
		const box = await page.locator('.maplibregl-canvas').boundingBox();
		expect(box!.width).toBeGreaterThan(1300);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('prints a handout: the map as an image, the text and the sources', async () => {
		const { page, problems } = await openPage(browser, ARTICLE);
		expect(await mapState(page)).toBe('ready');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
		expect(await page.locator('.article-text').isVisible()).toBe(true);
		expect(await page.locator('#sources-title').isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		fs.mkdirSync('test-results', { recursive: true });
		fs.writeFileSync('test-results/reader.pdf', pdf);
		const raw = pdf.toString('latin1');
		expect(raw.startsWith('%PDF')).toBe(true);
		expect(raw).toMatch(/\/Subtype\s*\/Image/); // the map canvas
		expect((raw.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1); // text runs over pages
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
