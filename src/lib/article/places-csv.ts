/**
 * The article's places as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends),
 * one row per place, from the same FeatureCollection as places.geojson so the two never disagree.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { anchorPoint } from '../geo/anchor-point';

export const CSV_COLUMNS = [
	'id',
	'name_ar',
	'name_en',
	'kind',
	'relation',
	'geometry_type',
	'longitude',
	'latitude',
	'precision_m',
	'border_distance_km',
	'in_zone',
	'mentions',
	'quotes',
	'sources'
] as const;

function cell(v: unknown): string {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function placesCsv(fc: FeatureCollection<Geometry | null>): string {
	const rows = fc.features.map((f) => {
		const p = f.properties ?? {};
		const at = f.geometry ? anchorPoint(f.geometry as Parameters<typeof anchorPoint>[0]) : null;
		const mentions = (p.mentions ?? []) as { exact: string }[];
		const record: Record<(typeof CSV_COLUMNS)[number], unknown> = {
			id: f.id,
			name_ar: p.name_ar,
			name_en: p.name_en,
			kind: p.kind,
			relation: p.relation,
			geometry_type: f.geometry?.type ?? '',
			longitude: at?.[0],
			latitude: at?.[1],
			precision_m: p.precision_m,
			border_distance_km: p.border_distance_km,
			in_zone: p.in_zone,
			mentions: mentions.length,
			quotes: [...new Set(mentions.map((m) => m.exact))].join(' | '),
			sources: ((p.sources ?? []) as string[]).join(' ')
		};
		return CSV_COLUMNS.map((c) => cell(record[c])).join(',');
	});
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
