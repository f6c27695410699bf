/**
 * Arabic spellings of a Chinese place name from its pinyin (the English name GeoNames and Natural
 * Earth give: "Guangzhou", "Hunan", "Xi'an"). Arabic news writes Chinese names in two ways: as
 * the Chinese media's Arabic services do (g → ق, h → خ: قوانغتشو، خونان) and as most other outlets
 * do (g → غ or ج, h → ه: غوانغتشو، هونان), with ng written نغ or نج. The sources' own Arabic name
 * is often one of these; the others are what a story may write. Pure.
 */

const INITIALS = [
	'zh',
	'ch',
	'sh',
	'b',
	'p',
	'm',
	'f',
	'd',
	't',
	'n',
	'l',
	'g',
	'k',
	'h',
	'j',
	'q',
	'x',
	'r',
	'z',
	'c',
	's',
	'y',
	'w'
];

/** Finals, in Arabic letters (ng is written "نغ" here and changed to "نج" for that style). */
const FINALS: Record<string, string> = {
	iang: 'يانغ',
	iong: 'يونغ',
	uang: 'وانغ',
	ang: 'انغ',
	eng: 'نغ',
	ong: 'ونغ',
	ing: 'ينغ',
	iao: 'ياو',
	ian: 'يان',
	uai: 'واي',
	uan: 'وان',
	ai: 'اي',
	ei: 'ي',
	ao: 'او',
	ou: 'و',
	an: 'ان',
	en: 'ن',
	er: 'ر',
	ia: 'يا',
	ie: 'يه',
	iu: 'يو',
	in: 'ين',
	ua: 'وا',
	uo: 'و',
	ui: 'وي',
	un: 'ون',
	ue: 'يوه',
	a: 'ا',
	o: 'و',
	e: '',
	i: 'ي',
	u: 'و',
	v: 'يو'
};
const FINAL_KEYS = Object.keys(FINALS).sort((a, b) => b.length - a.length);

/** After j, q, x and y, "u" is ü: "xuan" is شيوان, "jun" جيون. */
const U_UMLAUT: Record<string, string> = { u: 'يو', uan: 'يوان', un: 'يون', ue: 'يوه' };

interface Syllable {
	initial: string;
	final: string;
}

/** The word's pinyin syllables, or null when it is not pinyin. Prefers longer finals. */
function syllables(word: string, at = 0): Syllable[] | null {
	if (at === word.length) return [];
	for (const initial of [...INITIALS.filter((i) => word.startsWith(i, at)), '']) {
		const from = at + initial.length;
		for (const final of FINAL_KEYS) {
			if (!word.startsWith(final, from)) continue;
			// A syllable without an initial opens on a vowel only: "an", "ou", "er".
			if (!initial && !/^[aoe]/.test(final)) continue;
			const rest = syllables(word, from + final.length);
			if (rest) return [{ initial, final }, ...rest];
		}
	}
	return null;
}

interface Style {
	g: string;
	h: string;
	z: string;
	ng: string;
}

/** The Chinese media's style, and the press's. */
const STYLES: Style[] = [
	{ g: 'ق', h: 'خ', z: 'تس', ng: 'نغ' },
	{ g: 'ق', h: 'خ', z: 'تس', ng: 'نج' },
	{ g: 'غ', h: 'ه', z: 'تس', ng: 'نغ' },
	{ g: 'ج', h: 'ه', z: 'ز', ng: 'نج' }
];

/** Initials every style writes alike. */
const COMMON_INITIALS: Record<string, string> = {
	b: 'ب',
	p: 'ب',
	m: 'م',
	f: 'ف',
	d: 'د',
	t: 'ت',
	n: 'ن',
	l: 'ل',
	k: 'ك',
	j: 'ج',
	r: 'ر',
	s: 'س',
	y: 'ي',
	w: 'و',
	c: 'تس',
	zh: 'تش',
	ch: 'تش',
	q: 'تش',
	sh: 'ش',
	x: 'ش',
	'': ''
};

function initialOf(initial: string, style: Style): string {
	if (initial === 'g') return style.g;
	if (initial === 'h') return style.h;
	if (initial === 'z') return style.z;
	return COMMON_INITIALS[initial];
}

function spell(word: Syllable[], style: Style): string {
	let out = '';
	for (const { initial, final } of word) {
		const umlaut = 'jqxy'.includes(initial) && initial !== '' && U_UMLAUT[final];
		let f = umlaut || FINALS[final];
		// y before i or ü is the vowel itself: "yin" is ين، "yun" يون; "wu" stays ووهان's وو.
		const y = initial === 'y' && (umlaut || final.startsWith('i'));
		// A vowel that opens a syllable is carried by an alef: "an" → ان، "e" → ا.
		if (!initial) f = final === 'e' ? 'ا' : f.startsWith('ا') ? f : 'ا' + f;
		out += (y ? '' : initialOf(initial, style)) + f;
	}
	return out.replaceAll('نغ', style.ng);
}

/**
 * The Arabic spellings of a one-word pinyin name, in the styles above, without repeats; none when
 * the name is not pinyin (more than one word, or letters pinyin does not use).
 *
 * @example pinyinSpellings('Guangzhou') // ['قوانغتشو', 'قوانجتشو', 'غوانغتشو', 'جوانجتشو']
 * @example pinyinSpellings('Hunan') // ['خونان', 'هونان']
 */
export function pinyinSpellings(name: string): string[] {
	const word = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '');
	if (!/^[a-z]+$/.test(word)) return [];
	const parsed = syllables(word.replace(/ü/g, 'v'));
	// One syllable is too short to tell a place from a word.
	if (!parsed || parsed.length < 2) return [];
	return [...new Set(STYLES.map((s) => spell(parsed, s)))];
}
