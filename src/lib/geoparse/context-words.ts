/**
 * The words around a name that tell whether it is a place, and which kind: what stands before a
 * name in Arabic news. General Arabic usage, not lists fitted to any corpus; each list says why.
 * Words are normalised (normalise.ts) when the module loads, so they compare with the matcher's
 * normalised text.
 */
import type { PlaceKind } from '../data/schema';
import { normaliseName } from './normalise';
import { Trie } from './trie';

const SETTLEMENT: PlaceKind[] = ['capital', 'city', 'town', 'village'];
const AREA: PlaceKind[] = ['admin1', 'district', 'subdistrict', 'region'];

/**
 * Type words: a name right after one of these is a place of that kind ("مدينة الطبقة", "ولاية
 * الخرطوم", "نهر النيل"). Singular and plural, with and without the article.
 */
const TYPE_WORDS: [string[], PlaceKind[]][] = [
	[
		['مدينة', 'المدينة', 'بمدينة', 'لمدينة'],
		[...SETTLEMENT, 'admin1', 'district']
	],
	[
		['بلدة', 'البلدة', 'ببلدة', 'لبلدة'],
		['town', 'village', 'city', 'subdistrict']
	],
	[
		['قرية', 'القرية', 'بقرية', 'لقرية'],
		['village', 'town']
	],
	// A town's municipality is the town's own ("بلدية باريس"; in the Maghreb the commune itself).
	[
		['بلدية', 'ببلدية', 'لبلدية'],
		[...SETTLEMENT, 'subdistrict']
	],
	// A town's stadium, airport and port are in the town ("استاد القاهرة", "ميناء طنجة"), even in
	// sports reporting, where a bare city's name is its team's.
	[
		[
			'استاد',
			'باستاد',
			'لاستاد',
			'إستاد',
			'ستاد',
			'مطار',
			'بمطار',
			'لمطار',
			'ميناء',
			'بميناء',
			'لميناء'
		],
		[...SETTLEMENT]
	],
	[
		['عاصمة', 'العاصمة', 'بالعاصمة', 'للعاصمة'],
		['capital', 'city']
	],
	[
		['محافظة', 'المحافظة', 'بمحافظة', 'لمحافظة'],
		[...AREA, 'city']
	],
	[['ولاية', 'الولاية', 'بولاية', 'لولاية'], [...AREA]],
	[
		['إقليم', 'الإقليم', 'بإقليم', 'لإقليم'],
		[...AREA, 'country']
	],
	[
		['منطقة', 'المنطقة', 'بمنطقة', 'لمنطقة'],
		[...AREA, ...SETTLEMENT]
	],
	[['مقاطعة', 'المقاطعة', 'بمقاطعة'], [...AREA]],
	[
		['ناحية', 'الناحية', 'بناحية'],
		['subdistrict', 'town']
	],
	[
		['قضاء', 'القضاء', 'بقضاء'],
		['district', 'town', 'city']
	],
	[
		['ريف', 'بريف', 'لريف'],
		[...SETTLEMENT, 'admin1']
	],
	[['ضواحي', 'بضواحي', 'أطراف', 'بأطراف', 'محيط', 'بمحيط'], [...SETTLEMENT]],
	// "مخيم جنين": a refugee camp named after its town lies at the town, which the map can show.
	[
		['مخيم', 'بمخيم', 'لمخيم'],
		['camp', 'town', 'city']
	],
	[['المخيم'], ['camp']],
	[['سجن', 'السجن', 'بسجن', 'لسجن'], ['prison']],
	[
		['معبر', 'المعبر', 'بمعبر', 'لمعبر'],
		['crossing', 'border']
	],
	[
		['قاعدة', 'القاعدة', 'بقاعدة', 'مطار', 'المطار', 'بمطار'],
		['base', 'building']
	],
	[
		['دولة', 'الدولة', 'بلد', 'البلد', 'جمهورية', 'مملكة', 'المملكة', 'إمارة', 'سلطنة'],
		['country']
	],
	[
		['نهر', 'النهر', 'بنهر', 'وادي', 'ضفاف', 'مياه', 'منابع', 'أعالي', 'حوض'],
		['river', 'landform']
	],
	[['بحيرة', 'البحيرة', 'ببحيرة'], ['lake']],
	[['بحر', 'البحر', 'ببحر', 'خليج', 'مضيق', 'المحيط', 'محيط'], ['sea']],
	[['جبل', 'الجبل', 'بجبل', 'سلسلة'], ['mountain']],
	[['جزيرة', 'الجزيرة', 'بجزيرة'], ['island']],
	[['صحراء', 'الصحراء', 'بصحراء', 'بادية'], ['desert']],
	[['قارة', 'القارة'], ['continent']]
];

/**
 * Locative prepositions and adverbs: "في حلب", "قرب الطبقة", "شمالي الرقة". Weaker evidence
 * than a type word (في also stands before plain nouns), but evidence.
 */
const LOCATIVES = [
	'في',
	'الى',
	'إلى',
	'من',
	'نحو',
	'قرب',
	'بقرب',
	'بالقرب',
	'قرابة',
	'داخل',
	'خارج',
	'عبر',
	'باتجاه',
	'تجاه',
	'حول',
	'وسط',
	'أنحاء',
	'انحاء',
	'شمال',
	'جنوب',
	'شرق',
	'غرب',
	'شمالي',
	'جنوبي',
	'شرقي',
	'غربي',
	'شمالا',
	'جنوبا',
	'شرقا',
	'غربا',
	'مشارف',
	'تخوم',
	'حدود',
	'أرجاء',
	'وصل',
	'وصلت',
	'غادر',
	'غادرت',
	'زار',
	'زارت',
	'زيارة',
	'سكان',
	'أهالي',
	'اهالي',
	// Plural type words name what lies in a place: "مدن سوريا", "محافظات مصر", "مخيمات الشمال".
	'مدن',
	'بلدات',
	'قرى',
	'محافظات',
	'ولايات',
	'أقاليم',
	'مناطق',
	'مخيمات',
	'أنحاء',
	'ربوع'
];

/**
 * Heads of organisation names: a place name right after one is part of a name that is not a place
 * ("منتخب مصر", "جامعة القاهرة", "قناة الجزيرة", "ريال مدريد"). The name is reported as nothing,
 * like a stop-list name. Only heads without the article: a name is in construct with "صحيفة", not
 * with "الصحيفة" ("كتبت الصحيفة استانبول": the paper wrote Istanbul). Events are not
 * organisations: "مؤتمر روما", "معرض صنعاء" happen in a place, which the map should show. Nor
 * are a town's own services, which are where the town is: "بلدية باريس" (a type word above),
 * "شرطة دبي".
 */
const ORG_HEADS = [
	'منتخب',
	'نادي',
	'فريق',
	'ريال',
	// The words sports clubs' names open with, in Arabic transliteration: "اتحاد طنجة", "سبارتاك
	// موسكو", "بايرن ميونيخ", "أولمبيك آسفي", "أتلتيكو مدريد", "مولودية وجدة".
	'دينامو',
	'اتحاد',
	'أولمبيك',
	'اولمبيك',
	'أولمبي',
	'اولمبي',
	'أتلتيكو',
	'اتلتيكو',
	'أتلتيك',
	'اتلتيك',
	'سبورتنغ',
	'سبورتينغ',
	'سبورتينج',
	'ريسينغ',
	'راسينغ',
	'سبارتاك',
	'لوكوموتيف',
	'سسكا',
	'تسسكا',
	'بايرن',
	'فيردر',
	'ستيوا',
	'بوروسيا',
	'بروسيا',
	'إنتر',
	'انتر',
	'مولودية',
	'شبيبة',
	// Armed groups named after a place: "سرايا القدس", "كتائب حزب الله".
	'سرايا',
	'كتائب',
	'جامعة',
	'تلفزيون',
	'قناة',
	'إذاعة',
	'اذاعة',
	'راديو',
	'صحيفة',
	'جريدة',
	'مجلة',
	'وكالة',
	'شركة',
	'بنك',
	'مصرف',
	'بورصة',
	'مؤسسة',
	'حزب',
	'جمعية',
	'مجموعة',
	'مصنع',
	'معهد',
	'أكاديمية',
	'اكاديمية',
	'كلية',
	'مدرسة',
	'محكمة',
	'طيران',
	'خطوط',
	'مطبعة',
	'اتفاق',
	'اتفاقية',
	'اتفاقيات',
	'معاهدة',
	'بروتوكول'
];

/** Words after a place name that make it a newspaper's or a company's name ("نيويورك تايمز"). */
const ORG_TAILS = [
	'تايمز',
	'بوست',
	'تايم',
	'جورنال',
	'تريبيون',
	'هيرالد',
	'كرونيكل',
	'غارديان',
	'ستار',
	'نيوز',
	'يونايتد',
	'سيتي'
];

/**
 * Titles before a person's name: a place name right after one is a person's ("الرئيس بشار",
 * "الشيخ حمد", "السيد جورج").
 */
const TITLES = [
	'الرئيس',
	'رئيس',
	'الشيخ',
	'شيخ',
	'الأمير',
	'الامير',
	'الملك',
	'الملكة',
	'السيد',
	'السيدة',
	'الدكتور',
	'الدكتورة',
	'المستشار',
	'الجنرال',
	'العقيد',
	'اللواء',
	'العميد',
	'الإمام',
	'الامام',
	'القس',
	'البابا',
	'المطرب',
	'المطربة',
	'الفنان',
	'الفنانة',
	'اللاعب',
	'اللاعبة',
	'المدرب',
	'الكاتب',
	'الكاتبة',
	'الشاعر',
	'الزعيم',
	'النائب',
	'الوزير',
	'الوزيرة',
	'السفير',
	'المبعوث',
	'المتحدث',
	'الصحفي',
	'الصحافي',
	'المخرج',
	'الممثل',
	'الممثلة',
	'القاضي',
	'المحامي',
	'الأستاذ',
	'الاستاذ',
	'الشهيد',
	'المواطن',
	'الطفل',
	'الطفلة',
	'الشاب',
	'السيناتور',
	'الحاخام'
];

/**
 * Demonstratives: a definite word right after one is the noun they point at ("هذه المدينة": this
 * city, not Medina; "تلك الجزيرة"), so a name that is also a common word is read as the word.
 */
const DEMONSTRATIVES = ['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين', 'هؤلاء', 'أولئك'];

/** Words after a name that make it a person's: "حمد بن جاسم". */
const PERSON_TAILS = ['بن', 'ابن', 'بنت'];

const norm = (words: readonly string[]) => new Set(words.map(normaliseName));

/** Type word (normalised) → the kinds it calls for; a word in several groups calls for all. */
export const TYPE_WORD_KINDS: ReadonlyMap<string, ReadonlySet<PlaceKind>> = (() => {
	const out = new Map<string, Set<PlaceKind>>();
	for (const [words, kinds] of TYPE_WORDS)
		for (const w of words) {
			const key = normaliseName(w);
			out.set(key, new Set([...(out.get(key) ?? []), ...kinds]));
		}
	return out;
})();
export const LOCATIVE_WORDS = norm(LOCATIVES);
export const ORG_HEAD_WORDS = norm(ORG_HEADS);
export const ORG_TAIL_WORDS = norm(ORG_TAILS);
export const TITLE_WORDS = norm(TITLES);
export const PERSON_TAIL_WORDS = norm(PERSON_TAILS);
export const DEMONSTRATIVE_WORDS = norm(DEMONSTRATIVES);

/** What a word before a name says: the kinds a type word calls for, and what else it is. */
export interface Before {
	kinds?: ReadonlySet<PlaceKind>;
	locative?: boolean;
	org?: boolean;
	title?: boolean;
	demonstrative?: boolean;
}

/** Every word that says something before a name, in one table (one lookup per word form). */
export const BEFORE_WORDS: ReadonlyMap<string, Before> = (() => {
	const out = new Map<string, Before>();
	const at = (w: string) => out.get(w) ?? out.set(w, {}).get(w)!;
	for (const [w, kinds] of TYPE_WORD_KINDS) at(w).kinds = kinds;
	for (const w of LOCATIVE_WORDS) at(w).locative = true;
	for (const w of ORG_HEAD_WORDS) at(w).org = true;
	for (const w of TITLE_WORDS) at(w).title = true;
	for (const w of DEMONSTRATIVE_WORDS) at(w).demonstrative = true;
	return out;
})();

/** The same table as a trie, walked on the text's code units: no string is made per name. */
export const BEFORE_TRIE = Trie.fromEntries(BEFORE_WORDS);
