/**
 * What the reader page renders, computed from the validated dataset: the article's blocks cut into
 * plain and mention segments, and for each place the sentences that mention it. Pure, so the
 * prerendered HTML and the tests see the same thing.
 */
import type { Annotation, Article, SpatialFacts } from '../data/schema';
import type { Place } from '../data/dataset';
import { blockStarts } from './plain-text';
import { anchorPoint } from '../geo/anchor-point';
import { precisionHalo } from '../geo/precision-halo';
import type { Polygon } from 'geojson';
import type { ArticleEvent } from '../time/events-schema';
import { eventViews, type EventView } from './event-view';
import { sentenceAround } from './sentences';
import { withElsewhere } from './view-frame';

export interface TextSegment {
	text: string;
}
export interface MentionSegment {
	text: string;
	/** HTML id of the mention's link, e.g. "m-01". */
	mentionId: string;
	placeId: string;
	relation: 'named' | 'inferred';
}
export type Segment = TextSegment | MentionSegment;

export interface BlockView {
	id: string;
	type: Article['blocks'][number]['type'];
	segments: Segment[];
}

export interface MentionSentence {
	mentionId: string;
	blockId: string;
	before: string;
	exact: string;
	after: string;
}

export interface PlaceView {
	id: string;
	name: { ar: string; en: string };
	variants: { ar: string[]; en: string[] };
	kind: Place['properties']['kind'];
	country: string | null;
	geometry: Place['geometry'];
	precision_m: number | null;
	sources: string[];
	note: { ar: string; en: string } | null;
	relation: 'named' | 'inferred';
	reason: { ar: string; en: string } | null;
	reasonSources: string[];
	sentences: MentionSentence[];
	/** The same mentions in the English translation (empty without one). */
	sentencesEn: MentionSentence[];
	/** Where the place's button sits on the map; null for a place the map cannot show. */
	anchor: [number, number] | null;
	/** A circle of the point's precision, for approximate points (precision of 500 m or more). */
	halo: Polygon | null;
	/** For an area drawn as a point (a country, a sea): its extent [west, south, east, north]. */
	bbox: [number, number, number, number] | null;
	/** Located, but far from where the story's places gather (view-frame.ts): not in the first frame. */
	elsewhere: boolean;
	/** Distance to the Turkish border, inside the 30 km zone or not, direction from the story's centre. */
	spatial: SpatialFacts | null;
	/** Whether the site has a page of this place (/places/<id>): true for the collection's places. */
	hasPage: boolean;
}

/** A place drawn for context on every reader map, whether the article names it or not. */
export interface ContextShape {
	id: string;
	name: { ar: string; en: string };
	kind: Place['properties']['kind'];
	geometry: NonNullable<Place['geometry']>;
	sources: string[];
	statement: { ar: string; en: string } | null;
	area_km2: number | null;
	length_km: number | null;
}

/** A place the article does not name, drawn small for orientation. */
export interface OrientationPlace {
	id: string;
	name: { ar: string; en: string };
	anchor: [number, number];
	spatial: SpatialFacts | null;
}

export interface ArticleView {
	slug: string;
	article: Omit<Article, 'blocks'>;
	blocks: BlockView[];
	places: PlaceView[];
	context: ContextShape[];
	orientation: OrientationPlace[];
	events: EventView[];
	/** Our English translation with its own mention links, or null. */
	translation: { note: string; blocks: BlockView[] } | null;
}

export const mentionId = (a: Annotation) => a.id.replace(/^#/, '');

/**
 * Cuts each block into plain and mention segments, and calls `onMention` with each mention's
 * annotation and its sentence (block-relative), in text order.
 */
function segmentBlocks(
	blocks: readonly { id: string; text: string; type?: Article['blocks'][number]['type'] }[],
	annotations: readonly Annotation[],
	onMention: (a: Annotation, sentence: MentionSentence) => void
): BlockView[] {
	const starts = blockStarts(blocks);
	return blocks.map((block, bi) => {
		const from = starts[bi];
		const to = from + block.text.length;
		const inside = annotations.filter((a) => {
			const p = a.target.selector[0];
			return p.start >= from && p.end <= to;
		});
		const segments: Segment[] = [];
		let at = 0;
		for (const a of inside) {
			const s = a.target.selector[0].start - from;
			const e = a.target.selector[0].end - from;
			if (s > at) segments.push({ text: block.text.slice(at, s) });
			const id = mentionId(a);
			segments.push({
				text: block.text.slice(s, e),
				mentionId: id,
				placeId: a.body.source,
				relation: a.relation
			});
			at = e;
			const sent = sentenceAround(block.text, s, e);
			onMention(a, {
				mentionId: id,
				blockId: block.id,
				before: block.text.slice(sent.start, s),
				exact: block.text.slice(s, e),
				after: block.text.slice(e, sent.end)
			});
		}
		if (at < block.text.length) segments.push({ text: block.text.slice(at) });
		return { id: block.id, type: block.type ?? 'paragraph', segments };
	});
}

export interface ViewOptions {
	/** Per-place facts of the article's layers (none by default). */
	spatial?: ReadonlyMap<string, SpatialFacts>;
	/** Places drawn for context: the shapes of the article's declared layers (none by default). */
	context?: readonly string[];
	events?: readonly ArticleEvent[];
	translation?: {
		note: string;
		blocks: { id: string; text: string }[];
		annotations: Annotation[];
	} | null;
	/** The places have pages of their own (an article of the collection); false by default. */
	placePages?: boolean;
}

export function articleView(
	article: Article,
	annotations: readonly Annotation[],
	places: ReadonlyMap<string, Place>,
	{
		spatial = new Map(),
		context: contextIds = [],
		events = [],
		translation = null,
		placePages = false
	}: ViewOptions = {}
): ArticleView {
	const byPlace = new Map<string, PlaceView>();
	const blocks = segmentBlocks(article.blocks, annotations, (a, sentence) => {
		const place = places.get(a.body.source)!;
		let view = byPlace.get(place.id);
		if (!view) {
			const p = place.properties;
			view = {
				id: place.id,
				name: p.name,
				variants: p.variants,
				kind: p.kind,
				country: p.country,
				geometry: place.geometry,
				precision_m: p.precision_m,
				sources: p.sources,
				note: p.note ?? null,
				relation: a.relation,
				reason: a.reason ?? null,
				reasonSources: a.sources ?? [],
				sentences: [],
				sentencesEn: [],
				anchor: place.geometry ? anchorPoint(place.geometry) : null,
				halo:
					place.geometry?.type === 'Point' && (p.precision_m ?? 0) >= 500
						? precisionHalo(anchorPoint(place.geometry), p.precision_m!)
						: null,
				bbox: place.geometry && place.bbox ? [...place.bbox] : null,
				// Set below, once all the story's places are known.
				elsewhere: false,
				spatial: spatial.get(place.id) ?? null,
				hasPage: placePages
			};
			byPlace.set(place.id, view);
		}
		view.sentences.push(sentence);
	});
	const typeOf = new Map(article.blocks.map((b) => [b.id, b.type]));
	const translated = translation
		? {
				note: translation.note,
				blocks: segmentBlocks(
					translation.blocks.map((b) => ({ ...b, type: typeOf.get(b.id) })),
					translation.annotations,
					(a, sentence) => byPlace.get(a.body.source)?.sentencesEn.push(sentence)
				)
			}
		: null;
	const { blocks: _omit, ...meta } = article;
	const context: ContextShape[] = contextIds.flatMap((id) => {
		const place = places.get(id);
		if (!place?.geometry) return [];
		const p = place.properties;
		return [
			{
				id,
				name: p.name,
				kind: p.kind,
				geometry: place.geometry,
				sources: p.sources,
				statement: p.statement ?? null,
				area_km2: p.area_km2 ?? null,
				length_km: p.length_km ?? null
			}
		];
	});
	const orientation = (article.context_places ?? [])
		.filter((id) => !byPlace.has(id))
		.flatMap((id) => {
			const place = places.get(id);
			if (!place?.geometry) return [];
			return [
				{
					id,
					name: place.properties.name,
					anchor: anchorPoint(place.geometry),
					spatial: spatial.get(id) ?? null
				}
			];
		});
	return {
		slug: article.slug,
		article: meta,
		blocks,
		places: withElsewhere([...byPlace.values()], orientation),
		context,
		orientation,
		events: eventViews(events, article.blocks),
		translation: translated
	};
}
