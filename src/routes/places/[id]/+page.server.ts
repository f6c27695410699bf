import { error } from '@sveltejs/kit';
import { publishedText } from '$lib/article/published-text';
import { dataset, placeMentionsIndex } from '$lib/data/load';
import { anchorPoint } from '$lib/geo/anchor-point';
import { precisionHalo } from '$lib/geo/precision-halo';
import type { EntryGenerator } from './$types';

// One page per place the collection mentions (not per gazetteer entry: tens of thousands).
export const entries: EntryGenerator = () =>
	[...placeMentionsIndex().keys()].sort().map((id) => ({ id }));

/** Around a point, the box the map first shows: about 60 km each way. */
const AROUND_DEG = 0.5;

export function load({ params }) {
	const mentions = placeMentionsIndex().get(params.id);
	const data = dataset();
	const place = data.places.get(params.id);
	if (!mentions || !place) error(404, `No place "${params.id}" in the collection`);
	const p = place.properties;
	const at = place.geometry ? anchorPoint(place.geometry) : null;
	const shape =
		place.geometry && place.geometry.type !== 'Point'
			? place.geometry
			: at && (p.precision_m ?? 0) >= 500
				? precisionHalo(at, p.precision_m!)
				: null;
	const box = place.bbox ?? (shape ? bboxOf(shape.coordinates) : null);
	const country = p.country
		? [...data.places.values()].find(
				(c) => c.properties.kind === 'country' && c.properties.country === p.country
			)
		: undefined;
	return {
		place: {
			id: place.id,
			name: p.name,
			variants: p.variants,
			kind: p.kind,
			country: p.country,
			countryName: country && country.id !== place.id ? country.properties.name : null,
			precision_m: p.precision_m,
			sources: p.sources,
			note: p.note ?? null,
			at,
			shape
		},
		frame:
			box ??
			(at
				? [at[0] - AROUND_DEG, at[1] - AROUND_DEG, at[0] + AROUND_DEG, at[1] + AROUND_DEG]
				: null),
		mentions,
		first: publishedText(mentions.first),
		last: publishedText(mentions.last)
	};
}

function bboxOf(coordinates: unknown): [number, number, number, number] {
	const b: [number, number, number, number] = [180, 90, -180, -90];
	const walk = (c: unknown) => {
		if (typeof (c as number[])[0] === 'number') {
			const [x, y] = c as number[];
			b[0] = Math.min(b[0], x);
			b[1] = Math.min(b[1], y);
			b[2] = Math.max(b[2], x);
			b[3] = Math.max(b[3], y);
		} else for (const part of c as unknown[]) walk(part);
	};
	walk(coordinates);
	return b;
}
