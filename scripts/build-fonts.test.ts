import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontverter from 'fontverter';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildFonts,
	CSS_FILE,
	FACES,
	FONT_DIR,
	MANIFEST_FILE,
	siteCodePoints,
	unicodeRanges
} from './build-fonts';
import { cmapCodePoints } from './font-cmap';
import { ROOT } from './lib-files';

const require = createRequire(import.meta.url);
const SEED = 'geodata/articles/us-pauses-isis-operations-2022-12-03';

let built: Awaited<ReturnType<typeof buildFonts>>;
beforeAll(async () => {
	built = await buildFonts();
}, 60_000);

/** The code points a built WOFF2 subset really has glyphs for. */
async function subsetHas(file: string): Promise<Set<number>> {
	const sfnt = await fontverter.convert(fs.readFileSync(path.join(FONT_DIR, file)), 'sfnt');
	return cmapCodePoints(sfnt);
}

describe('build-fonts', () => {
	it('has written its current outputs (run `npx tsx scripts/build-fonts.ts` if not)', () => {
		const committed = fs.readdirSync(FONT_DIR).filter((f) => f.endsWith('.woff2'));
		expect(committed.sort()).toEqual([...built.fonts.keys()].sort());
		for (const [file, bytes] of built.fonts)
			expect(fs.readFileSync(path.join(FONT_DIR, file)).equals(bytes), file).toBe(true);
		expect(fs.readFileSync(CSS_FILE, 'utf8')).toBe(built.css);
		expect(JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8'))).toEqual(built.manifest);
	});

	it('keeps every letter of the seed article, its translation and the messages', async () => {
		const article = fs.readFileSync(path.join(ROOT, SEED, 'article.json'), 'utf8');
		const translation = fs.readFileSync(path.join(ROOT, SEED, 'translation.en.json'), 'utf8');
		const messages = ['ar', 'en'].map((l) =>
			fs.readFileSync(path.join(ROOT, `messages/${l}.json`), 'utf8')
		);
		const letters = new Set(
			[...(article + translation + messages.join(''))]
				.filter((ch) => /\p{L}|\p{N}/u.test(ch))
				.map((ch) => ch.codePointAt(0)!)
		);
		expect(letters.size).toBeGreaterThan(60);
		for (const face of built.manifest.faces) {
			const full = cmapCodePoints(
				fs.readFileSync(require.resolve(FACES.find((f) => f.id === face.id)!.source))
			);
			const has = await subsetHas(face.file);
			const lost = [...letters].filter((c) => full.has(c) && !has.has(c));
			expect(
				lost.map((c) => String.fromCodePoint(c)),
				face.id
			).toEqual([]);
		}
	});

	it('keeps the letters a pasted text needs to stay joined, and the presentation forms the map draws', async () => {
		const naskh = await subsetHas(built.manifest.faces[0].file);
		// Persian, Urdu and Kurdish letters no page of ours uses yet.
		for (const ch of 'پچژگکیڕڤڵۆێەےٹ') expect(naskh.has(ch.codePointAt(0)!), ch).toBe(true);
		const map = await subsetHas(
			built.manifest.faces.find((f) => f.id === 'noto-sans-arabic-400')!.file
		);
		for (const c of [0xfe8d, 0xfe91, 0xfefb]) expect(map.has(c), c.toString(16)).toBe(true);
	});

	it('declares for each face exactly the code points its file has', async () => {
		for (const face of built.manifest.faces) {
			const has = await subsetHas(face.file);
			expect(face.ranges).toEqual(
				unicodeRanges([...has].filter((c) => c >= 0x20).sort((a, b) => a - b))
			);
		}
	});

	it('keeps each face small', () => {
		for (const face of built.manifest.faces) expect(face.bytes, face.id).toBeLessThan(32 * 1024);
	});

	it('collects the characters of text, leaving control characters out', () => {
		const points = siteCodePoints(['a\tb\u0085 «ب»']);
		expect(points).toContain('«'.codePointAt(0));
		expect(points).toContain('ب'.codePointAt(0));
		expect(points).not.toContain(0x09);
		expect(points).not.toContain(0x85);
	});
});

describe('unicodeRanges', () => {
	it('writes runs of consecutive code points as ranges', () => {
		expect(unicodeRanges([0x20, 0x21, 0x22, 0x41, 0x627, 0x628])).toEqual([
			'U+20-22',
			'U+41',
			'U+627-628'
		]);
		expect(unicodeRanges([])).toEqual([]);
	});
});

describe('cmapCodePoints', () => {
	const ttf = fs.readFileSync(require.resolve(FACES[0].source));

	it('reads the characters a font has', () => {
		const has = cmapCodePoints(ttf);
		expect(has.has('ا'.codePointAt(0)!)).toBe(true);
		expect(has.has('A'.codePointAt(0)!)).toBe(true);
		expect(has.has(0x1e28)).toBe(false); // Ḩ: not in Noto Naskh Arabic
		expect(has.has(0x4e00)).toBe(false);
	});

	it('rejects what is not a font', () => {
		expect(() => cmapCodePoints(new TextEncoder().encode('<html>not a font</html>'))).toThrow(
			/not an SFNT/
		);
	});
});
