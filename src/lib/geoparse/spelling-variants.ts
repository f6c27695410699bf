/**
 * The spellings Arabic news uses for a place name, beyond those the matcher's normalisation already
 * folds (hamza carriers, ى/ي, ة/ه, tashkeel: see normalise.ts). Pure, used when the gazetteer is
 * built (scripts/build-gazetteer.ts):
 *   - the type word stripped: "ولاية شمال دارفور" → "شمال دارفور", "نهر النيل" → "النيل";
 *   - an honorific stripped: "مكة المكرمة" → "مكة", "القدس الشريف" → "القدس";
 *   - a bracketed or dashed alternative split off: "ميانمار (بورما)" → "ميانمار", "بورما";
 *   - for a country named for two lands, the first: "البوسنة والهرسك" → "البوسنة";
 *   - a one-word name with the article and without it ("المنصورة" ↔ "منصورة", "البرازيل" ↔
 *     "برازيل"): sources and outlets differ;
 *   - for names of places outside the Arabic-speaking world (transliterations): the spellings of
 *     /g/ (غ ↔ ج ↔ ق ↔ ك: "هونغ كونغ", "هونج كونج"; "إنجلترا", "إنكلترا"), a long vowel written
 *     or left out ("كاراكاس" → "كراكاس", "أوروبا" → "أوربا"), a doubled vowel letter single
 *     ("فيينا" → "فينا"), an alef before an opening s and a consonant ("ستوكهولم" →
 *     "استوكهولم"), a final ة written ا ("جاوة" → "جاوا"). Not a final ا written ة: "تركية",
 *     "سورية" are adjectives too.
 * Each variant says how it was made, so the matcher can ask for more evidence before trusting it.
 */

/** Words that name a kind of place in front of its name. Longest first: "شبه جزيرة" before "جزيرة". */
export const TYPE_WORDS = [
	'شبه جزيرة',
	'محافظة',
	'ولاية',
	'إقليم',
	'اقليم',
	'مقاطعة',
	'إمارة',
	'امارة',
	'منطقة',
	'مدينة',
	'جزيرة',
	'جزر',
	'بحيرة',
	'نهر',
	'جبل',
	'جبال',
	'صحراء',
	'ناحية',
	'قضاء',
	'لواء',
	'بلدة',
	'قرية',
	'مخيم',
	'قاعدة',
	'أوبلاست'
] as const;

/** Type words written after the name in some transliterations ("لوهانسك أوبلاست"). */
export const TYPE_SUFFIXES = ['أوبلاست', 'كراي'] as const;

/** Honorific adjectives that follow some holy cities' names and may be left out. */
export const HONORIFICS = ['المكرمة', 'المنورة', 'الشريف', 'المقدسة'] as const;

export type VariantRule =
	| 'type-word'
	| 'honorific'
	| 'alternative'
	| 'g-spelling'
	| 'vowel'
	| 'article'
	| 'first-part'
	| 'pinyin';

export interface Variant {
	name: string;
	rule: VariantRule;
}

const ARABIC_LETTERS = /[\u0621-\u064a]/;
const words = (s: string) => s.split(' ').filter(Boolean);

/** The name with tashkeel, tatweel and direction marks removed and its spaces collapsed. */
export function cleanName(name: string): string {
	return name
		.replace(/[\u064b-\u065f\u0670\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The alternatives a name holds: "ميانمار (بورما)" → ["ميانمار", "بورما"]; "الكونغو - كينشاسا" →
 * ["الكونغو - كينشاسا", "الكونغو"]; a name with an Arabic comma keeps only its first part ("بومبو،
 * أوغندا" → "بومبو"). Always returns the cleaned name's main form first.
 */
export function splitAlternatives(name: string): string[] {
	const clean = cleanName(name);
	const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(clean);
	// "(منطقة إدارية خاصة)" describes; "(بورما)" is another name.
	if (bracket)
		return [bracket[1], ...(startsWithTypeWord(bracket[2]) ? [] : [bracket[2]])]
			.map(cleanName)
			.filter(Boolean);
	const comma = clean.split('،');
	if (comma.length > 1) return [cleanName(comma[0])];
	const dash = clean.split(/\s+-\s+/);
	if (dash.length > 1) return [clean, cleanName(dash[0])];
	return [clean];
}

const startsWithTypeWord = (name: string) =>
	TYPE_WORDS.some((t) => name === t || name.startsWith(t + ' '));

function stripTypeWord(name: string): string | null {
	for (const t of TYPE_WORDS)
		if (name.startsWith(t + ' ')) {
			const rest = name.slice(t.length + 1);
			// Never leave a bare article or a one-letter word.
			return rest.replace(/^ال/, '').length >= 2 ? rest : null;
		}
	return null;
}

function stripTypeSuffix(name: string): string | null {
	for (const t of TYPE_SUFFIXES) if (name.endsWith(' ' + t)) return name.slice(0, -t.length - 1);
	return null;
}

function stripHonorific(name: string): string | null {
	const w = words(name);
	if (w.length >= 2 && (HONORIFICS as readonly string[]).includes(w[w.length - 1]))
		return w.slice(0, -1).join(' ');
	return null;
}

const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/** A transliteration that opens on s or sh and a consonant (st, sp, sk, sm, sl, sn, sch). */
const PROTHETIC = /^[سش][تبكملنفط]/;

/**
 * The name with one long vowel left out, where transliterations differ: inside a word, between two
 * letters that are not vowels ("كاراكاس" → "كراكاس", "تايلاند" → "تايلند"). At most four.
 */
function vowelDropped(name: string): string[] {
	const out: string[] = [];
	for (let i = 1; i < name.length - 1 && out.length < 4; i++) {
		const [a, c, b] = [name[i - 1], name[i], name[i + 1]];
		if (!LONG_VOWELS.has(c) || LONG_VOWELS.has(a) || LONG_VOWELS.has(b) || a === ' ' || b === ' ')
			continue;
		// Not the article's alef ("ال" opens a word).
		if (c === 'ا' && b === 'ل' && (i === 1 || name[i - 2] === ' ')) continue;
		out.push(name.slice(0, i) + name.slice(i + 1));
	}
	return out;
}

/** Letters that are no consonant a long vowel could be inserted after or before. */
const NOT_CONSONANT = new Set(['ا', 'و', 'ي', 'ى', 'ة', 'ء', 'أ', 'إ', 'آ', 'ئ', 'ؤ', ' ']);

/**
 * The name with a long vowel written where the source leaves it out, between two consonants inside
 * a word ("الدنمارك" → "الدانمارك", "زيورخ" → "زيوريخ", "مانشستر" → "مانشيستر"): ا or ي, the
 * vowels transliterations most often write or omit. Not between the article and the name.
 */
function vowelInserted(name: string): string[] {
	const out: string[] = [];
	for (let i = 1; i < name.length; i++) {
		const [a, b] = [name[i - 1], name[i]];
		if (NOT_CONSONANT.has(a) || NOT_CONSONANT.has(b)) continue;
		if (a === 'ل' && name[i - 2] === 'ا' && (i === 2 || name[i - 3] === ' ')) continue;
		for (const v of ['ا', 'ي']) out.push(name.slice(0, i) + v + name.slice(i));
	}
	return out;
}

/**
 * Spelling variants of `name` (not including `name` itself), each with the rule that made it.
 * `foreign`: the place lies outside the Arabic-speaking world, so its Arabic name is a
 * transliteration whose letters for /g/ and long vowels vary between outlets.
 *
 * @example
 * spellingVariants('هونغ كونغ', { foreign: true })
 * // [{ name: 'هونج كونج', rule: 'g-spelling' }]
 * spellingVariants('ولاية شمال دارفور', { foreign: false })
 * // [{ name: 'شمال دارفور', rule: 'type-word' }]
 */
export function spellingVariants(
	name: string,
	{
		foreign,
		compound = false,
		withArticle = true,
		major = false
	}: {
		foreign: boolean;
		compound?: boolean;
		/** Whether the name may be written with an article it lacks ("برازيل" → "البرازيل"): a
		 * country's, or a name of the Arab world; not a foreign city's ("أستانة" is not "الأستانة",
		 * Istanbul of old). */
		withArticle?: boolean;
		/** A prominent place (a country, a region, a city of a million): its name is known well
		 * enough to be recognised in a spelling that would be ambiguous for a small town's. */
		major?: boolean;
	}
): Variant[] {
	const out = new Map<string, VariantRule>();
	const add = (n: string | null, rule: VariantRule) => {
		if (n && n !== name && ARABIC_LETTERS.test(n) && !out.has(n)) out.set(n, rule);
	};
	const bases = [name];
	// A country named for two lands is often called by the first: "البوسنة والهرسك" → "البوسنة".
	if (compound) {
		const m = /^(\S+(?: \S+)?) و\S/.exec(name);
		if (m) {
			add(m[1], 'first-part');
			bases.push(m[1]);
		}
	}
	for (const stripped of [stripTypeWord(name), stripTypeSuffix(name)]) {
		add(stripped, 'type-word');
		if (stripped) bases.push(stripped);
	}
	const plain = stripHonorific(name);
	add(plain, 'honorific');
	if (plain) bases.push(plain);
	for (const base of bases)
		if (words(base).length === 1 && base.length >= 4) {
			// "البرازيل" → "برازيل" only for a transliteration: without its article a native name is
			// often a plain word ("الجديدة" → "جديدة", new).
			// Nor "سورية" → "السورية": with the article, a name ending in ية reads as an adjective.
			if (base.startsWith('ال')) {
				if (foreign && base.length >= 6) add(base.slice(2), 'article');
			} else if (withArticle && !/ي[ةه]$/.test(base)) add('ال' + base, 'article');
		}
	if (foreign)
		for (const base of bases) {
			// /g/ is غ in the Levant, ج in Egypt, ق in much writing on China, ك in Iraq.
			const g = base.includes('غ') ? 'غ' : base.includes('ج') ? 'ج' : null;
			if (g)
				for (const other of ['غ', 'ج', 'ق', 'ك'])
					if (other !== g) add(base.replaceAll(g, other), 'g-spelling');
			add(base.replace(/يي/g, 'ي').replace(/وو/g, 'و'), 'vowel');
			// Arabic opens no word on two consonants: "ستوكهولم" is also written "استوكهولم".
			if (PROTHETIC.test(base)) add('ا' + base, 'vowel');
			// A final -a is ة in one outlet and ا in another: "جاوة", "جاوا"; "سومطرة", "سومطرا";
			// in each word of a longer name too ("جاوة الغربية" → "جاوا الغربية").
			add(
				base
					.split(' ')
					.map((w) => (/[^ي]ة$/.test(w) && w.length >= 4 ? w.slice(0, -1) + 'ا' : w))
					.join(' '),
				'vowel'
			);
			// …and the other way ("هولندا" → "هولندة") for a prominent place only: a final ة reads
			// as ه, and a small town's "سالتا" would be "سألته" (I asked him). Not after ي: "سورية"
			// reads as an adjective.
			if (major && /[^ي ]ا$/.test(base) && base.length >= 4) add(base.slice(0, -1) + 'ة', 'vowel');
			if (base.length >= 6) for (const v of vowelDropped(base)) add(v, 'vowel');
			if (major && base.length >= 5) for (const v of vowelInserted(base)) add(v, 'vowel');
		}
	return [...out].map(([n, rule]) => ({ name: n, rule }));
}
