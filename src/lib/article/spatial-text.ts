/**
 * Sentences about where a place lies relative to the Turkish border and the 30 km zone Turkey
 * demanded, and relative to the story's centre, in Arabic and English. Pure, so the popup and the
 * exported data say the same thing.
 *
 * @example borderSentence({ border_distance_km: 76.8, border_side: 'south', in_zone: false, from_centre: null }, 'en')
 * // '77 km south of the Turkish border, outside the 30 km zone Turkey demanded'
 */
import type { SpatialFacts } from '../data/schema';
import { formatDecimal } from './number-text';

export type Lang = 'ar' | 'en';

/**
 * Kilometres, rounded to whole km from 10 km, to 0.1 km below (an honest figure for our points),
 * written the same way in both languages (Latin digits, "," and ".").
 */
export function formatKm(km: number): string {
	return formatDecimal(km, km < 10 ? 1 : 0);
}

export function borderSentence(f: SpatialFacts, lang: Lang): string {
	const km = formatKm(f.border_distance_km);
	if (lang === 'en') {
		const where = f.border_side === 'south' ? 'south of' : 'north of';
		const zone = f.in_zone
			? 'inside the 30 km zone Turkey demanded'
			: 'outside the 30 km zone Turkey demanded';
		return f.border_side === 'south'
			? `${km} km ${where} the Turkish border, ${zone}`
			: `${km} km ${where} the Syrian border, in Turkey`;
	}
	if (f.border_side === 'north') return `على بعد ${km} كم شمال الحدود السورية، داخل تركيا`;
	const zone = f.in_zone
		? 'داخل المنطقة التي تطالب بها تركيا بعمق 30 كم'
		: 'خارج المنطقة التي تطالب بها تركيا بعمق 30 كم';
	return `على بعد ${km} كم جنوب الحدود التركية، ${zone}`;
}

/** "9,484 km west" / "9,484 كم غرباً" of the story's centre. */
export function fromCentreSentence(f: SpatialFacts, lang: Lang): string | null {
	if (!f.from_centre) return null;
	const km = formatKm(f.from_centre.distance_km);
	return lang === 'en'
		? `${km} km ${COMPASS_EN[f.from_centre.compass_en] ?? f.from_centre.compass_en} of the story`
		: `${km} كم ${f.from_centre.compass_ar} مكان الخبر`;
}

const COMPASS_EN: Record<string, string> = {
	N: 'north',
	NE: 'north-east',
	E: 'east',
	SE: 'south-east',
	S: 'south',
	SW: 'south-west',
	W: 'west',
	NW: 'north-west'
};
