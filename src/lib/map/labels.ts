/**
 * Which names the map's labels show: the page's language (Arabic at /…, English at /en/…), falling
 * back to the other language where a place has no name in it, or both, the page's language first,
 * when the reader asks for both. Pure: the same choice as text for the labels we draw as HTML
 * (areas, the zone, the story's markers) and as a MapLibre expression for the labels MapLibre draws
 * (towns, countries, towns for orientation).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';

/** The page's language only (the default), or both languages. */
export type LabelMode = 'page' | 'both';

export interface LabelLine {
	text: string;
	lang: Lang;
}

const blank = (s: string | null | undefined): s is null | undefined | '' => !s || !s.trim();

/**
 * The lines of a label, first line first: the name in the page's language (or in the other where
 * it has none), then, in `both` mode, the other language's name when it differs.
 *
 * @example labelLines({ ar: 'الرقة', en: 'Raqqa' }, 'en', 'both')
 * // [{ text: 'Raqqa', lang: 'en' }, { text: 'الرقة', lang: 'ar' }]
 */
export function labelLines(
	name: { ar?: string | null; en?: string | null },
	page: Lang,
	mode: LabelMode = 'page'
): LabelLine[] {
	const other: Lang = page === 'ar' ? 'en' : 'ar';
	const first = blank(name[page]) ? other : page;
	const second = first === page ? other : page;
	const lines: LabelLine[] = [];
	if (!blank(name[first])) lines.push({ text: name[first]!.trim(), lang: first });
	if (mode === 'both' && lines.length && !blank(name[second])) {
		const text = name[second]!.trim();
		if (text !== lines[0].text) lines.push({ text, lang: second });
	}
	return lines;
}

const has = (key: string): ExpressionSpecification => [
	'>',
	['length', ['to-string', ['coalesce', ['get', key], '']]],
	0
];

/**
 * The same choice as `labelLines`, as a MapLibre `text-field` for features with `name_ar` and
 * `name_en` properties. In `both` mode the second line is a little smaller.
 *
 * @example labelField('en') // ['case', <has name_en>, ['get', 'name_en'], ['get', 'name_ar']]
 */
export function labelField(page: Lang, mode: LabelMode = 'page'): ExpressionSpecification {
	const own = `name_${page}`;
	const other = `name_${page === 'ar' ? 'en' : 'ar'}`;
	const first: ExpressionSpecification = ['case', has(own), ['get', own], ['get', other]];
	if (mode === 'page') return first;
	return [
		'case',
		['all', has(own), has(other), ['!=', ['get', own], ['get', other]]],
		['format', ['get', own], {}, '\n', {}, ['get', other], { 'font-scale': 0.85 }],
		first
	];
}
