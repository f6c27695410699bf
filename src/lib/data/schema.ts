/**
 * The shapes of the files in geodata/, as valibot schemas. Only src/lib/data reads these files;
 * everything else gets the typed values that come out of `buildDataset`.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const bilingual = v.object({ ar: nonEmpty, en: nonEmpty });
const sourceUrl = v.pipe(v.string(), v.url('expected a URL (https://…)'));

export const PLACE_KINDS = [
	'camp',
	'prison',
	'city',
	'town',
	'village',
	'capital',
	'country',
	'continent',
	'region',
	'admin1',
	'district',
	'subdistrict',
	'sea',
	'river',
	'lake',
	'mountain',
	'desert',
	'island',
	'landform',
	'border',
	'crossing',
	'base',
	'building'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const position = v.pipe(
	v.array(finite, 'expected a position [longitude, latitude]'),
	v.check((p) => p.length === 2 || p.length === 3, 'expected a position [longitude, latitude]'),
	v.check(
		(p) => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90,
		'expected longitude within ±180 and latitude within ±90'
	)
);
const line = v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions'));
const ring = v.pipe(
	v.array(position),
	v.minLength(4, 'a polygon ring needs at least 4 positions'),
	v.check((r) => {
		const a = r[0];
		const b = r[r.length - 1];
		return a[0] === b[0] && a[1] === b[1];
	}, 'a polygon ring must end where it starts (RFC 7946 §3.1.6)')
);
const polygon = v.pipe(v.array(ring), v.minLength(1, 'a polygon needs an outer ring'));

export const GeometrySchema = v.variant(
	'type',
	[
		v.object({ type: v.literal('Point'), coordinates: position }),
		v.object({ type: v.literal('LineString'), coordinates: line }),
		v.object({ type: v.literal('MultiLineString'), coordinates: v.array(line) }),
		v.object({ type: v.literal('Polygon'), coordinates: polygon }),
		v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(polygon) })
	],
	'expected a GeoJSON geometry (Point, LineString, MultiLineString, Polygon or MultiPolygon) or null'
);
export type Geometry = v.InferOutput<typeof GeometrySchema>;

export const PlacePropertiesSchema = v.object({
	name: bilingual,
	variants: v.object({ ar: v.array(nonEmpty), en: v.array(nonEmpty) }),
	kind: v.picklist(PLACE_KINDS, `expected one of: ${PLACE_KINDS.join(', ')}`),
	country: v.nullable(
		v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'))
	),
	precision_m: v.nullable(v.pipe(finite, v.minValue(1, 'expected a precision of at least 1 m'))),
	sources: v.pipe(v.array(sourceUrl), v.minLength(1, 'expected at least one source URL')),
	note: v.optional(bilingual),
	statement: v.optional(bilingual),
	derivation: v.optional(nonEmpty),
	length_km: v.optional(finite),
	area_km2: v.optional(finite),
	geonames: v.optional(v.pipe(v.number(), v.integer())),
	/** How prominent the place is, to choose between places that share a name: its population, or
	 * for places without one an equivalent derived from its source's rank (build-gazetteer.ts). */
	importance: v.optional(v.pipe(finite, v.minValue(0))),
	wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'expected a Wikidata id such as Q42')))
});

export const PlaceFeatureSchema = v.object({
	type: v.literal('Feature', 'expected "Feature"'),
	id: v.pipe(
		v.string('expected a string id'),
		v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "al-hol-camp"')
	),
	geometry: v.nullable(GeometrySchema),
	/** For an area drawn as a point (a country, a sea): its extent [west, south, east, north]. */
	bbox: v.optional(
		v.pipe(
			v.tuple([finite, finite, finite, finite]),
			v.check(
				([w, s, e, n]) =>
					Math.abs(w) <= 180 &&
					Math.abs(e) <= 180 &&
					s <= n &&
					Math.abs(s) <= 90 &&
					Math.abs(n) <= 90,
				'expected [west, south, east, north] within ±180 and ±90, south ≤ north'
			)
		)
	),
	properties: PlacePropertiesSchema
});
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;

export const PlaceCollectionSchema = v.object({
	type: v.literal('FeatureCollection', 'expected "FeatureCollection"'),
	features: v.array(v.unknown())
});

/** A publication date-time, with its offset (the day it names is the day in that offset). */
export const ISO_DATE_TIME = v.pipe(
	v.string('expected an ISO 8601 date-time with its offset, e.g. 2022-12-03T11:14:00+03:00'),
	v.regex(
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/,
		'expected an ISO 8601 date-time with its offset, e.g. 2022-12-03T11:14:00+03:00'
	),
	v.check((s) => isRealDateTime(s), 'expected a real date and time')
);

/** Whether the date and time exist (no 31 February, no 25:00), whatever the offset. */
function isRealDateTime(s: string): boolean {
	const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s) ?? [];
	const t = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi));
	return (
		!Number.isNaN(t.getTime()) &&
		t.getUTCFullYear() === +y &&
		t.getUTCMonth() === +mo - 1 &&
		t.getUTCDate() === +d &&
		t.getUTCHours() === +h
	);
}

export const BLOCK_TYPES = [
	'title',
	'date',
	'photo-title',
	'caption',
	'dateline',
	'heading',
	'paragraph'
] as const;

export const ArticleSchema = v.object({
	slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug')),
	/** Written for the tests (or generated for a benchmark): never news, and shown as such. */
	fixture: v.optional(v.literal(true, 'expected true, or no "fixture" field for a real article')),
	language: v.picklist(['ar', 'en'], 'expected "ar" or "en"'),
	outlet: bilingual,
	published: ISO_DATE_TIME,
	dateline: v.optional(bilingual),
	byline: v.optional(bilingual),
	photo_credit: v.optional(nonEmpty),
	/** Our English headline; without one, the English pages show the original title. */
	headline_en: v.optional(nonEmpty),
	/** Under what terms the text is published here: "© Syria TV, quoted for analysis", "CC BY 4.0". */
	licence: v.optional(nonEmpty),
	/** Spatial layers drawn with the article (ids of geodata/layers/<id>.json), with their facts. */
	layers: v.optional(v.array(nonEmpty)),
	/** Places the article does not name, drawn small for orientation (ids in geodata/places). */
	context_places: v.optional(v.array(nonEmpty)),
	context_note: v.optional(bilingual),
	source: v.object({ file: nonEmpty, note: nonEmpty, url: v.optional(sourceUrl) }),
	blocks: v.pipe(
		v.array(
			v.object({
				id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'expected a block id such as "p1"')),
				type: v.picklist(BLOCK_TYPES, `expected one of: ${BLOCK_TYPES.join(', ')}`),
				text: nonEmpty
			})
		),
		v.minLength(1, 'expected at least one block')
	)
});
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleBlock = Article['blocks'][number];

const offset = v.pipe(v.number(), v.integer('expected an integer offset'), v.minValue(0));

export const AnnotationSchema = v.object({
	id: v.pipe(
		v.string(),
		v.regex(/^#[mt]-\d+$/, 'expected a mention id such as "#m-01" (or "#t-01" in a translation)')
	),
	type: v.literal('Annotation'),
	motivation: v.picklist(['identifying', 'linking']),
	relation: v.picklist(['named', 'inferred'], 'expected "named" or "inferred"'),
	reason: v.optional(bilingual),
	sources: v.optional(v.array(sourceUrl)),
	body: v.object({
		type: v.literal('SpecificResource'),
		purpose: v.picklist(['identifying', 'linking']),
		source: nonEmpty
	}),
	target: v.object({
		source: nonEmpty,
		selector: v.tuple([
			v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
			v.object({
				type: v.literal('TextQuoteSelector'),
				exact: v.pipe(v.string(), v.minLength(1)),
				prefix: v.string(),
				suffix: v.string()
			})
		])
	})
});
export type Annotation = v.InferOutput<typeof AnnotationSchema>;

export const AnnotationCollectionSchema = v.object({
	'@context': v.literal('http://www.w3.org/ns/anno.jsonld'),
	type: v.literal('AnnotationCollection'),
	label: v.optional(v.string()),
	total: v.number(),
	first: v.object({ type: v.literal('AnnotationPage'), items: v.array(v.unknown()) })
});

export const SpatialFactsSchema = v.record(
	v.string(),
	v.object({
		border_distance_km: v.pipe(v.number(), v.minValue(0)),
		border_side: v.picklist(['north', 'south']),
		in_zone: v.boolean(),
		from_centre: v.nullable(
			v.object({
				distance_km: v.pipe(v.number(), v.minValue(0)),
				bearing_deg: v.pipe(v.number(), v.minValue(0), v.maxValue(360)),
				compass_en: nonEmpty,
				compass_ar: nonEmpty
			})
		)
	})
);
export type SpatialFacts = v.InferOutput<typeof SpatialFactsSchema>[string];

export const TranslationSchema = v.object({
	language: v.literal('en', 'expected "en"'),
	translator: nonEmpty,
	note: nonEmpty,
	blocks: v.array(v.object({ id: nonEmpty, text: nonEmpty }))
});
export type Translation = v.InferOutput<typeof TranslationSchema>;

/**
 * A spatial layer an article can declare (geodata/layers/<id>.json): the places drawn with it for
 * context (a border line, the zone along it) and the file of per-place facts computed against it
 * (distance to the border, inside the zone or not), shown in the popups and the zone summary.
 */
export const LayerSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id')),
	about: v.optional(nonEmpty),
	label: bilingual,
	/** Place ids (geodata/places) drawn with the layer; each needs a geometry. */
	shapes: v.pipe(v.array(nonEmpty), v.minLength(1, 'expected at least one place to draw')),
	/** The file of per-place facts computed against the layer, if any. */
	facts: v.optional(nonEmpty)
});
export type Layer = v.InferOutput<typeof LayerSchema>;
