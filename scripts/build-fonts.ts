/**
 * Subsets the site's fonts to the characters its pages use: one small WOFF2 per face, Arabic and
 * Latin together (about 25 KB, where the unicode-range files of a font package are 50 KB for the
 * Arabic alone, and a face needs two or three of them).
 *
 * The characters are those of the data (articles, translations, places, basemap labels), the
 * interface messages and the components' own strings, plus basic Latin and the Arabic letters in
 * everyday use (Arabic, Persian, Urdu and Kurdish letters, diacritics, digits, punctuation), so that
 * a word pasted on the paste page is drawn by one font and keeps its letters joined. A character
 * outside the subsets (or missing from the font, like ²) is drawn by the system's fonts.
 *
 * Writes static/fonts/<face>.<hash>.woff2, src/lib/fonts/faces.css (the @font-face rules) and
 * src/lib/fonts/fonts.json (file names and ranges, for the preload links and the map's style).
 *
 * Run: npx tsx scripts/build-fonts.ts
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import { cmapCodePoints } from './font-cmap';
import { isDataFile, readDataFiles, readTree, ROOT } from './lib-files';

const require = createRequire(import.meta.url);

export const FONT_DIR = path.join(ROOT, 'static/fonts');
export const CSS_FILE = path.join(ROOT, 'src/lib/fonts/faces.css');
export const MANIFEST_FILE = path.join(ROOT, 'src/lib/fonts/fonts.json');

/** The faces the pages use; the full fonts come from Google Fonts through npm (SIL OFL 1.1). */
export const FACES = [
	{
		id: 'noto-naskh-arabic-400',
		family: 'Noto Naskh Arabic',
		weight: 400,
		source: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf'
	},
	{
		id: 'noto-naskh-arabic-700',
		family: 'Noto Naskh Arabic',
		weight: 700,
		source: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
	},
	{
		id: 'noto-sans-arabic-400',
		family: 'Noto Sans Arabic',
		weight: 400,
		source: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'
	},
	{
		id: 'noto-sans-arabic-600',
		family: 'Noto Sans Arabic',
		weight: 600,
		source: '@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf'
	}
] as const;

/**
 * Basic Latin and punctuation, and the Arabic letters in everyday use, whatever the pages say; only
 * those the font has are kept.
 */
const ALWAYS: [number, number][] = [
	[0x20, 0x7e], // basic Latin
	[0xa0, 0xff], // Latin-1: no-break space, «», accented letters of transliterated names
	[0x60c, 0x60c], // ،
	[0x61b, 0x61c], // ؛ and the Arabic letter mark
	[0x61f, 0x63a], // ؟, hamza … ghain
	[0x640, 0x655], // tatweel, fa … ya, harakat, hamza above and below
	[0x660, 0x66d], // Arabic-Indic digits, percent, decimal and thousands separators
	[0x670, 0x671], // dagger alef, alef wasla
	// Persian, Urdu and Kurdish letters: پ ٹ چ ڈ ڑ ڕ ژ ڤ ک گ ڵ ں ھ ۀ ہ ۆ ی ێ ے ە
	...[
		0x67e, 0x679, 0x686, 0x688, 0x691, 0x695, 0x698, 0x6a4, 0x6a9, 0x6af, 0x6b5, 0x6ba, 0x6be,
		0x6c0, 0x6c1, 0x6c6, 0x6cc, 0x6ce, 0x6d2, 0x6d5
	].map((c): [number, number] => [c, c]),
	[0x6f0, 0x6f9], // Persian digits
	[0x2000, 0x206f], // general punctuation: spaces (the thin space in figures), dashes, quotes, …
	[0xfe70, 0xfeff] // presentation forms: MapLibre shapes Arabic labels into them before drawing
];

/** Text files whose characters reach the pages. */
function sourceTexts(): string[] {
	const code = (name: string) => /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name);
	const files = {
		...readDataFiles(),
		...readTree('geodata/basemap', isDataFile),
		...readTree('messages', isDataFile),
		...readTree('src', code)
	};
	return Object.entries(files)
		.filter(([file]) => !file.startsWith('src/lib/paraglide/'))
		.map(([, text]) => text);
}

/** The code points the subsets keep, sorted. Control characters are left out. */
export function siteCodePoints(texts = sourceTexts()): number[] {
	const set = new Set<number>();
	for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) set.add(c);
	for (const text of texts)
		for (const ch of text) {
			const c = ch.codePointAt(0)!;
			if (c >= 0x20 && !(c >= 0x7f && c < 0xa0)) set.add(c);
		}
	return [...set].sort((a, b) => a - b);
}

/** `U+20-7E, U+A0, …`: sorted code points as CSS unicode-range runs. */
export function unicodeRanges(codePoints: number[]): string[] {
	const hex = (c: number) => c.toString(16).toUpperCase();
	const out: string[] = [];
	for (let i = 0; i < codePoints.length; i++) {
		const from = codePoints[i];
		while (i + 1 < codePoints.length && codePoints[i + 1] === codePoints[i] + 1) i++;
		const to = codePoints[i];
		out.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
	}
	return out;
}

export interface FontManifest {
	faces: {
		id: string;
		family: string;
		weight: number;
		file: string;
		bytes: number;
		/** The code points the subset has glyphs for, as CSS unicode-range runs. */
		ranges: string[];
	}[];
}

/** The subsets, the stylesheet and the manifest, in memory: file name → contents. */
export async function buildFonts(): Promise<{
	fonts: Map<string, Buffer>;
	css: string;
	manifest: FontManifest;
}> {
	const wanted = siteCodePoints();
	const fonts = new Map<string, Buffer>();
	const manifest: FontManifest = { faces: [] };
	for (const face of FACES) {
		const full = fs.readFileSync(require.resolve(face.source));
		const has = cmapCodePoints(full);
		const kept = wanted.filter((c) => has.has(c));
		const subset = await subsetFont(full, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
		const hash = createHash('sha256').update(subset).digest('hex').slice(0, 8);
		const file = `${face.id}.${hash}.woff2`;
		fonts.set(file, subset);
		const { source: _source, ...named } = face;
		manifest.faces.push({ ...named, file, bytes: subset.length, ranges: unicodeRanges(kept) });
	}
	const css = [
		'/* Generated by scripts/build-fonts.ts from the characters the site uses: do not edit.',
		"   Each face's unicode-range lists the code points its file has, so other characters go",
		"   straight to the system's fonts without fetching anything. */",
		...manifest.faces.map((f) =>
			[
				'@font-face {',
				`\tfont-family: '${f.family}';`,
				'\tfont-style: normal;',
				`\tfont-weight: ${f.weight};`,
				'\tfont-display: swap;',
				`\tsrc: url('/fonts/${f.file}') format('woff2');`,
				`\tunicode-range: ${f.ranges.join(', ')};`,
				'}'
			].join('\n')
		)
	].join('\n');
	return { fonts, css: css + '\n', manifest };
}

async function main() {
	const { fonts, css, manifest } = await buildFonts();
	for (const old of fs.readdirSync(FONT_DIR))
		if (old.endsWith('.woff2') && !fonts.has(old)) fs.rmSync(path.join(FONT_DIR, old));
	for (const [file, bytes] of fonts) fs.writeFileSync(path.join(FONT_DIR, file), bytes);
	fs.mkdirSync(path.dirname(CSS_FILE), { recursive: true });
	fs.writeFileSync(CSS_FILE, css);
	fs.writeFileSync(MANIFEST_FILE, JSON.stringify(manifest, null, '\t') + '\n');
	console.log(
		manifest.faces
			.map((f) => `${f.file}: ${(f.bytes / 1024).toFixed(1)} KiB, ${f.ranges.length} ranges`)
			.join('\n')
	);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
