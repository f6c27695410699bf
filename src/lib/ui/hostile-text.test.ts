/**
 * No article text or place name ever reaches the page as HTML: components render hostile strings
 * as text. (The paste page is covered in the browser by tests/e2e/map-your-article.spec.ts; the
 * lint rule svelte/no-at-html-tags forbids {@html}.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { BlockView, PlaceView } from '$lib/article/view-model';
import { SELECTION_KEY, Selection } from '$lib/state/selection.svelte';
import ArticleText from './ArticleText.svelte';
import PlacePopup from './PlacePopup.svelte';
import PlacesList from './PlacesList.svelte';

const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"><svg onload=alert(1)>'
];

const place = (name: string): PlaceView => ({
	id: 'x',
	name: { ar: name, en: name },
	variants: { ar: [], en: [] },
	kind: 'camp',
	country: 'SY',
	geometry: { type: 'Point', coordinates: [41, 36] },
	precision_m: 1000,
	sources: ['https://example.org/a'],
	note: { ar: name, en: name },
	relation: 'inferred',
	reason: { ar: name, en: name },
	reasonSources: ['https://example.org/b'],
	sentences: [{ mentionId: 'm-01', blockId: 'p1', before: name, exact: name, after: name }],
	sentencesEn: [],
	anchor: [41, 36],
	halo: null,
	bbox: null,
	elsewhere: false,
	spatial: null,
	hasPage: false
});

const context = () => new Map([[SELECTION_KEY, new Selection()]]);

/**
 * Rendered HTML must hold the payload only as escaped text: no element it could open (img, script,
 * svg) and no event-handler attribute or javascript: link in any real tag.
 */
function expectInert(html: string) {
	expect(html).not.toMatch(/<(img|script|svg)\b/i);
	expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
	expect(html).not.toMatch(/<a\b[^>]*href="\s*javascript:/i);
}

describe('hostile strings are rendered as text', () => {
	for (const payload of HOSTILE) {
		it(`in the article text: ${payload}`, () => {
			const blocks: BlockView[] = [
				{
					id: 'p1',
					type: 'paragraph',
					segments: [
						{ text: payload },
						{ text: payload, mentionId: 'm-01', placeId: 'x', relation: 'named' }
					]
				}
			];
			const { body } = render(ArticleText, {
				props: { blocks, onmention: () => {} },
				context: context()
			});
			expectInert(body);
			expect(body).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 8));
		});

		it(`in a place name, its popup and the places list: ${payload}`, () => {
			const popup = render(PlacePopup, {
				props: { place: place(payload), onclose: () => {}, onfollow: () => {} }
			}).body;
			expectInert(popup);
			const list = render(PlacesList, {
				props: { places: [place(payload)], onselect: () => {} },
				context: context()
			}).body;
			expectInert(list);
		});
	}

	it('no component or module writes HTML from a string', () => {
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const p = path.join(dir, e.name);
				if (e.isDirectory()) {
					if (e.name !== 'paraglide') walk(p);
				} else if (/\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.test.ts')) {
					const src = fs.readFileSync(p, 'utf8');
					if (/\{@html|setHTML\(|\.innerHTML\s*=|insertAdjacentHTML/.test(src)) offenders.push(p);
				}
			}
		};
		walk(path.resolve(import.meta.dirname, '../..'));
		expect(offenders).toEqual([]);
	});
});
