/**
 * Which of the gazetteer's names are also common Arabic words, from an Arabic–English dictionary:
 * writes geodata/places/common-words.json, which the matcher reads to ask for more evidence before
 * it calls such a name a place ("الطبقة" is also "the layer", "الرقة" also "tenderness").
 * Run it after the gazetteer changes; its output is committed.
 *
 *   apt-get download dict-freedict-ara-eng wamerican wamerican-small hunspell-ar
 *   dpkg-deb -x dict-freedict-ara-eng_*.deb /tmp/fd && dpkg-deb -x wamerican_*.deb /tmp/wam
 *   dpkg-deb -x hunspell-ar_*.deb /tmp/ha && dpkg-deb -x wamerican-small_*.deb /tmp/wams
 *   npx tsx scripts/snapshot-lexicon.ts /tmp/fd/usr/share/dictd \
 *     /tmp/wam/usr/share/dict/american-english /tmp/ha/usr/share/hunspell/ar.dic \
 *     /tmp/wams/usr/share/dict/american-english-small /tmp/hn/package/data
 * (the last from `npm pack human-names@1.0.13` unpacked in /tmp/hn). It also writes
 * geodata/places/given-names.json (see writeGivenNames).
 * Particles, pronouns and prepositions (with their clitics: وأن، فإن، لأي) come from the hunspell
 * dictionary's stop-word and tool-word sections (Ayaspell, GPL-2/LGPL-2.1/MPL-1.1): a place name
 * spelt like one is marked "function word".
 *
 * A headword counts as a common word when one of its English glosses is a common English word:
 * one the English word list (Debian wamerican, SCOWL) writes in lower case ("layer", "lion"), and
 * not the name of a place in the gazetteer. Proper names ("Damascus", "Abyssinia", "Edmund") do
 * not count. The name, the name without its article and with one are all looked up.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildDataset } from '../src/lib/data/dataset';
import {
	AYASPELL_GLOSS,
	indexedPlace,
	indexKeys,
	isForeignPlace
} from '../src/lib/geoparse/index-gazetteer';
import { normaliseName } from '../src/lib/geoparse/normalise';
import { FUNCTION_WORD } from '../src/lib/geoparse/resolve';
import { ayaspellForms, functionForms, lookupForms } from './lexicon/forms';
import { readDataFiles, ROOT } from './lib-files';

const OUT = 'geodata/places/common-words.json';
/** Names reviewed as the place first (geodata/places/place-first.json): never listed. */
const PLACE_FIRST = 'geodata/places/place-first.json';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** Headword (normalised) → its English glosses, from a dictd index and its gzipped data file. */
export function readDictd(dir: string, name = 'freedict-ara-eng'): Map<string, string[]> {
	const data = zlib.gunzipSync(fs.readFileSync(path.join(dir, `${name}.dict.dz`)));
	const out = new Map<string, string[]>();
	for (const line of fs.readFileSync(path.join(dir, `${name}.index`), 'utf8').split('\n')) {
		const [word, offset, length] = line.split('\t');
		if (!length || !/[\u0621-\u064a]/.test(word)) continue;
		const entry = data.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8');
		// "الطبقة /ʔat̪ˈabaqˌa/\n1. Layer 2. Stratum": the glosses follow the pronunciation.
		const body = entry
			.replace(/^[^\n]*\n/, '')
			.replace(/\s+/g, ' ')
			.trim();
		const glosses = body
			.split(/\s*\d+\.\s*/)
			.map((g) => g.trim())
			.filter(Boolean);
		const key = normaliseName(word);
		out.set(key, [...(out.get(key) ?? []), ...glosses]);
	}
	return out;
}

/** A word of Ayaspell's hunspell dictionary: its section, the word normalised, its first flag. */
interface AyaspellEntry {
	section: string;
	word: string;
	flag: string;
}

/**
 * Ayaspell's words, from its sections ("stopwords.dic", "tools.dic", "names.dic" for the nouns,
 * "verb.huns.dic"): each Arabic word of two letters or more, normalised, with its first flag.
 */
export function readAyaspell(dic: string): AyaspellEntry[] {
	const lines = fs.readFileSync(dic, 'utf8').split('\n');
	const out: AyaspellEntry[] = [];
	let section = '';
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].startsWith('::::')) {
			section = lines[i + 1] ?? '';
			i += 2;
			continue;
		}
		const [raw, rest = ''] = lines[i].split('/');
		const word = normaliseName(raw);
		if (word.length >= 2 && /^[\u0621-\u064a]+$/.test(word))
			out.push({ section, word, flag: rest.split(/\s/)[0] });
	}
	return out;
}

/** Particles, pronouns and prepositions with their clitics: Ayaspell's stop and tool words. */
export function functionWordsOf(entries: readonly AyaspellEntry[]): Set<string> {
	return new Set(
		entries
			.filter((e) => e.section === 'stopwords.dic' || e.section === 'tools.dic')
			.map((e) => e.word)
	);
}

/**
 * Ayaspell's flags for proper nouns (countries, capitals, cities, regions, people's names): a word
 * listed with one of these anywhere ("غزة/64", "أوسلو/57", "شيشان/222") is not taken for a word.
 */
const PROPER_FLAGS = new Set(['57', '59', '60', '64', '92', '222']);

/**
 * The nouns, adjectives and verb forms of Ayaspell (its "names.dic" and "verb.huns.dic" sections:
 * Arabic grammar's nouns, not proper names). It knows many more words than FreeDict ("طراز" a
 * model, "يوم" a day, "تدمر" she destroys), but gives no meaning: it is used only for places under
 * a million (see SMALL_PLACE, MINOR_PLACE).
 */
export function wordsOf(entries: readonly AyaspellEntry[]): Set<string> {
	const out = new Set<string>();
	const proper = new Set<string>();
	for (const { section, word, flag } of entries) {
		if (section !== 'names.dic' && section !== 'verb.huns.dic') continue;
		(PROPER_FLAGS.has(flag) ? proper : out).add(word);
	}
	for (const w of proper) out.delete(w);
	return out;
}

/**
 * A name whose every place is smaller than this (and not curated) is marked a common word when
 * Ayaspell lists it (or it without its article, or a transliteration without an accusative's
 * alef: "يوما") as a word: a small town's name that is also a word is the word far more often in
 * news.
 */
const SMALL_PLACE = 1e5;
/** …and a name whose places are all under this and outside the Arab world is marked a rare word:
 * it asks for some evidence. */
const MINOR_PLACE = 1e6;

/** The points of the compass and "middle": a name that is only one of these is a direction first. */
const DIRECTIONS = new Set(
	[
		'شمال',
		'جنوب',
		'شرق',
		'غرب',
		'وسط',
		'الشمال',
		'الجنوب',
		'الشرق',
		'الغرب',
		'الوسط',
		'الشمالي',
		'الجنوبي',
		'الشرقي',
		'الغربي',
		'شمالي',
		'جنوبي',
		'شرقي',
		'غربي',
		'الشماليه',
		'الجنوبيه',
		'الشرقيه',
		'الغربيه',
		'شماليه',
		'جنوبيه',
		'شرقيه',
		'غربيه'
	].map(normaliseName)
);

/** The forms of the commonest verbs of news prose (كان، قال، ليس), which the stop words lack. */
const AUXILIARIES = [
	'كان',
	'كانت',
	'كانوا',
	'كنت',
	'كنا',
	'كن',
	'يكون',
	'تكون',
	'نكون',
	'أكون',
	'يكن',
	'تكن',
	'ليس',
	'ليست',
	'لست',
	'ليسوا',
	'قال',
	'قالت',
	'قالوا',
	'يقول',
	'تقول',
	'نقول',
	'أقول',
	'قلت'
];

const GIVEN_OUT = 'geodata/places/given-names.json';

/**
 * Given names as Arabic news writes them: FreeDict headwords of one word, without the article,
 * whose every gloss is a capitalised name that is not a common English word, one of them a given
 * name of the human-names lists ("توماس" Thomas, "هيلاري" Hillary). Not a name that is also a
 * place of 100,000 people or more, or a curated place ("باريس", "الأردن", "جورجيا"), and not a
 * word of Ayaspell ("لو" if, "جو" air, "خياط" a tailor).
 */
function writeGivenNames(
	dict: Map<string, string[]>,
	english: Set<string>,
	givenNameDir: string,
	keys: readonly { key: string; id: string }[],
	importance: Map<string, number | undefined>,
	isArabicWord: (w: string) => boolean
) {
	const given = new Set<string>();
	for (const f of fs
		.readdirSync(givenNameDir)
		.filter((f) => f.endsWith('.json'))
		.sort())
		for (const n of JSON.parse(fs.readFileSync(path.join(givenNameDir, f), 'utf8')) as string[])
			given.add(n);
	const prominent = new Set(
		keys
			.filter((k) => {
				const i = importance.get(k.id);
				return i === undefined || i >= SMALL_PLACE;
			})
			.map((k) => k.key)
	);
	const names = new Map<string, string>();
	for (const [word, glosses] of dict) {
		if (!/^[\u0621-\u064a]{2,}$/.test(word) || word.startsWith('ال') || prominent.has(word))
			continue;
		if (isArabicWord(word)) continue;
		const proper = glosses.every((g) => /^[A-Z][a-z]+$/.test(g) && !english.has(g.toLowerCase()));
		if (proper && glosses.some((g) => given.has(g))) names.set(word, glosses.join(', '));
	}
	const sorted = [...names.keys()].sort();
	const about =
		'Given names as Arabic text writes them (normalised as the matcher normalises): a minor place named right after one is a surname ("هيلاري كلينتون", "توماس هارفي"). Derived by scripts/snapshot-lexicon.ts from FreeDict Arabic-English (Debian dict-freedict-ara-eng 2022.04.21-1, https://freedict.org/, GPL-2+): headwords whose every gloss is a proper name, one of them a given name of the npm package human-names 1.0.13 (MIT, https://github.com/AlessandroMinoccheri/human-names), none a common English word (Debian wamerican 2020.12.07-2, SCOWL), none an Arabic word of Ayaspell (Debian hunspell-ar 3.2-1.2, MPL-1.1), and none the name of a place of 100,000 people or more.';
	fs.writeFileSync(
		path.join(ROOT, GIVEN_OUT),
		'{\n\t"about": ' +
			JSON.stringify(about) +
			',\n\t"names": [\n' +
			sorted.map((n) => `\t\t${JSON.stringify(n)}`).join(',\n') +
			'\n\t]\n}\n'
	);
	console.log(`${GIVEN_OUT}: ${sorted.length} given names`);
}

function main(
	dir: string,
	wordList: string,
	hunspell: string,
	smallList: string,
	givenNameDir: string
) {
	// SCOWL's small list (size 35) holds the common English words: a name whose meanings are all
	// outside it ("Tubercle" for درنة) is a rare word, which asks for less evidence.
	const frequent = new Set(
		fs
			.readFileSync(smallList, 'utf8')
			.split('\n')
			.filter((w) => /^[a-z]/.test(w))
	);
	const ayaspellEntries = readAyaspell(hunspell);
	const functionWords = functionWordsOf(ayaspellEntries);
	for (const w of AUXILIARIES) functionWords.add(normaliseName(w));
	const english = new Set(
		fs
			.readFileSync(wordList, 'utf8')
			.split('\n')
			.filter((w) => /^[a-z]/.test(w))
	);
	const dataset = buildDataset(readDataFiles());
	const places = [...dataset.places.values()];
	const placeNames = new Set(
		places.flatMap((p) =>
			[p.properties.name.en, ...p.properties.variants.en].map((n) => n.toLowerCase())
		)
	);
	const dict = readDictd(dir);
	const placeFirst = new Set(
		(
			JSON.parse(fs.readFileSync(path.join(ROOT, PLACE_FIRST), 'utf8')) as {
				names: { name: string }[];
			}
		).names.map((n) => normaliseName(n.name))
	);
	const words: Record<string, string> = {};
	const rare: Record<string, string> = {};
	const ayaspell = wordsOf(ayaspellEntries);
	const importance = new Map(places.map((p) => [p.id, p.properties.importance]));
	const foreign = new Set(places.filter((p) => isForeignPlace(indexedPlace(p))).map((p) => p.id));
	const keys = indexKeys(places);
	const smallOnly = new Map<string, boolean>();
	const minorOnly = new Map<string, boolean>();
	const allForeign = new Map<string, boolean>();
	for (const k of keys) {
		allForeign.set(k.key, (allForeign.get(k.key) ?? true) && foreign.has(k.id));
		const i = importance.get(k.id);
		smallOnly.set(k.key, (smallOnly.get(k.key) ?? true) && i !== undefined && i < SMALL_PLACE);
		// A city of the Arab world is named with Arabic words by nature ("النجف", "الحديدة"), and
		// news names it often: only a transliterated name is a word by accident.
		const minor = i !== undefined && i < MINOR_PLACE && foreign.has(k.id);
		minorOnly.set(k.key, (minorOnly.get(k.key) ?? true) && minor);
	}
	for (const key of [...new Set(keys.map((k) => k.key))].sort()) {
		if (!/[\u0621-\u064a]/.test(key) || placeFirst.has(key)) continue;
		if (DIRECTIONS.has(key)) {
			words[key] = 'direction';
			continue;
		}
		if (functionForms(key).some((f) => functionWords.has(f))) {
			words[key] = FUNCTION_WORD;
			continue;
		}
		const glosses = [...new Set(lookupForms(key).flatMap((f) => dict.get(f) ?? []))];
		// A gloss in capitals or of two letters is an abbreviation (KS, FL), not a word.
		const common = glosses.filter(
			(g) =>
				g.length > 2 &&
				g !== g.toUpperCase() &&
				english.has(g.toLowerCase()) &&
				!placeNames.has(g.toLowerCase())
		);
		if (!common.length) {
			if (
				(smallOnly.get(key) || minorOnly.get(key)) &&
				ayaspellForms(key, !!allForeign.get(key)).some((f) => ayaspell.has(f))
			)
				(smallOnly.get(key) ? words : rare)[key] = AYASPELL_GLOSS;
			continue;
		}
		const gloss = common.slice(0, 4).join('; ');
		if (common.some((g) => frequent.has(g.toLowerCase()))) words[key] = gloss;
		else rare[key] = gloss;
	}
	writeGivenNames(
		dict,
		english,
		givenNameDir,
		keys,
		importance,
		(w) => functionWords.has(w) || ayaspell.has(w)
	);
	const about =
		'Names of the gazetteer that are also common Arabic words (normalised as the matcher normalises), with some of their English meanings. Derived by scripts/snapshot-lexicon.ts from FreeDict Arabic-English (Debian dict-freedict-ara-eng 2022.04.21-1, https://freedict.org/, GPL-2+), the stop words, nouns and verbs of Ayaspell (Debian hunspell-ar 3.2-1.2, MPL-1.1; its nouns and verbs, glossed "a word (Ayaspell)", mark names of places under 100,000 people as common words and of places outside the Arab world under a million as rare ones, except names Ayaspell also lists as proper nouns) and the English word lists of Debian wamerican and wamerican-small 2020.12.07-2 (SCOWL); under `words`, names with a common meaning; under `rare`, names whose only meanings are rare words. The matcher asks for more evidence before it calls one of these a place.';
	const block = (o: Record<string, string>) =>
		Object.entries(o)
			.map(([k, v]) => `\t\t${JSON.stringify(k)}: ${JSON.stringify(v)}`)
			.join(',\n');
	const text =
		'{\n\t"about": ' +
		JSON.stringify(about) +
		',\n\t"words": {\n' +
		block(words) +
		'\n\t},\n\t"rare": {\n' +
		block(rare) +
		'\n\t}\n}\n';
	fs.writeFileSync(path.join(ROOT, OUT), text);
	console.log(
		`${OUT}: ${Object.keys(words).length} names are also common words, ${Object.keys(rare).length} rare ones`
	);
}

main(
	process.argv[2] ?? '/tmp/fd/usr/share/dictd',
	process.argv[3] ?? '/tmp/wam/usr/share/dict/american-english',
	process.argv[4] ?? '/tmp/ha/usr/share/hunspell/ar.dic',
	process.argv[5] ?? '/tmp/wams/usr/share/dict/american-english-small',
	process.argv[6] ?? '/tmp/hn/package/data'
);
