/**
 * The one boundary where the files of geodata/ become typed, validated values. It is pure: it takes
 * the files' paths and texts (read by Vite in the app, by `fs` in scripts and tests) and returns the
 * dataset, or throws a `DataValidationError` that names the file, the record and the field of every
 * problem.
 */
import * as v from 'valibot';
import { plainText } from '../article/plain-text';
import { COUNTRY_BOUNDS, REGION_BOUNDS, inBounds } from './bounds';
import { DataValidationError, type DataIssue } from './errors';
import { EventsFileSchema, type ArticleEvent } from '../time/events-schema';
import {
	AnnotationCollectionSchema,
	AnnotationSchema,
	ArticleSchema,
	PlaceCollectionSchema,
	PlaceFeatureSchema,
	SpatialFactsSchema,
	TranslationSchema,
	LayerSchema,
	type Layer,
	type Translation,
	type Annotation,
	type Article,
	type Geometry,
	type PlaceFeature,
	type SpatialFacts
} from './schema';

export type Place = PlaceFeature;

export interface ArticleData {
	article: Article;
	/** The folder of the collection it was read from ("geodata/articles", "tests/fixtures/articles"…). */
	collection: string;
	/** Its declared layers, resolved: the places drawn for context, and the per-place facts. */
	layers: ArticleLayers;
	/** The plain text that annotation offsets count into. */
	text: string;
	annotations: Annotation[];
	/** Dated events of the story (what the article says, and context it assumes), by date. */
	events: ArticleEvent[];
	/** Our English translation, block by block, with its own mentions; null if there is none. */
	translation: (Translation & { text: string; annotations: Annotation[] }) | null;
}

/** What an article's declared layers add to its reader. */
export interface ArticleLayers {
	/** Places drawn for context (a border, a zone), in the order the layers list them. */
	context: string[];
	/** Per-place facts computed against the layers (empty when no layer carries facts). */
	spatial: ReadonlyMap<string, SpatialFacts>;
}

export interface Dataset {
	places: ReadonlyMap<string, Place>;
	/** Distances to the border, zone membership, direction from the story's centre (build-spatial). */
	spatial: ReadonlyMap<string, SpatialFacts>;
	/** Spatial layers articles may declare (geodata/layers). */
	layers: ReadonlyMap<string, Layer>;
	articles: ReadonlyMap<string, ArticleData>;
}

/** Paths (relative to the repository) → file contents. */
export type DataFiles = Readonly<Record<string, string>>;

const PLACES_FILE = /^geodata\/places\/[^/]+\.geojson$/;
const LAYER_FILE = /^geodata\/layers\/([^/]+)\.json$/;
/** An article's folder: <collection>/<slug>/, the collection being any folder but geodata's own. */
const ARTICLE_FILE = /^(.+)\/([^/]+)\/article\.json$/;
const ANNOTATIONS_FILE = /^(.+)\/([^/]+)\/annotations\.json$/;
const NOT_ARTICLES = /^geodata\/(places|layers|basemap|sources)(\/|$)/;
export const SPATIAL_FILE = 'geodata/places/spatial-facts.json';
/** The collection the site ships: its articles are news, never fixtures. */
export const SHIPPED_COLLECTION = 'geodata/articles';
/** The tests' own articles: every one is marked as a fixture. */
export const FIXTURE_COLLECTION = 'tests/fixtures/articles';

function issuesOf(
	file: string,
	record: string,
	result: v.SafeParseResult<v.GenericSchema>,
	prefix = ''
): DataIssue[] {
	if (result.success) return [];
	return result.issues.map((issue) => ({
		file,
		record,
		field: prefix + (v.getDotPath(issue) ?? '(root)'),
		message: issue.message
	}));
}

function parseJson(file: string, text: string, issues: DataIssue[]): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		issues.push({
			file,
			record: '(file)',
			field: '(json)',
			message: `not valid JSON: ${(e as Error).message}`
		});
		return undefined;
	}
}

function* positions(g: Geometry): Generator<number[]> {
	switch (g.type) {
		case 'Point':
			yield g.coordinates;
			break;
		case 'LineString':
			yield* g.coordinates;
			break;
		case 'MultiLineString':
		case 'Polygon':
			for (const part of g.coordinates) yield* part;
			break;
		case 'MultiPolygon':
			for (const poly of g.coordinates) for (const r of poly) yield* r;
			break;
	}
}

function checkPlace(file: string, record: string, p: Place, issues: DataIssue[]): void {
	const at = (field: string, message: string) => issues.push({ file, record, field, message });
	if (!p.geometry) {
		if (p.properties.precision_m !== null)
			at('properties.precision_m', 'expected null for a place without geometry');
		return;
	}
	if (p.properties.precision_m === null)
		at('properties.precision_m', 'expected the precision in metres of a located place');
	// A place in one country must lie in that country's box; an area with a box of its own (a sea,
	// a continent) in that box; any other place shared by several (a border) in the story region.
	const country = p.properties.country;
	const box = country ? COUNTRY_BOUNDS[country] : (p.bbox ?? REGION_BOUNDS);
	const where = country ?? (p.bbox ? 'its own bbox' : 'the story region');
	if (!box) {
		at(
			'properties.country',
			`expected an ISO country code with known bounds (src/lib/data/country-bounds.json) for a located place, or null for one in the story region`
		);
		return;
	}
	for (const pos of positions(p.geometry)) {
		if (!inBounds(pos, box)) {
			const swapped = inBounds([pos[1], pos[0]], box);
			at(
				'geometry.coordinates',
				`[${pos[0]}, ${pos[1]}] lies outside ${where} (lon ${box[0]}..${box[2]}, lat ${box[1]}..${box[3]})` +
					(swapped ? ': longitude and latitude look swapped (GeoJSON wants [lon, lat])' : '')
			);
			return;
		}
	}
}

function validatePlaces(files: DataFiles, issues: DataIssue[]): Map<string, Place> {
	const places = new Map<string, Place>();
	const seenIn = new Map<string, string>();
	for (const file of Object.keys(files)
		.filter((f) => PLACES_FILE.test(f))
		.sort()) {
		const json = parseJson(file, files[file], issues);
		if (json === undefined) continue;
		const fc = v.safeParse(PlaceCollectionSchema, json);
		if (!fc.success) {
			issues.push(...issuesOf(file, '(file)', fc));
			continue;
		}
		fc.output.features.forEach((raw, i) => {
			const rawId = (raw as { id?: unknown })?.id;
			const record = typeof rawId === 'string' ? `feature "${rawId}" (#${i})` : `feature #${i}`;
			const parsed = v.safeParse(PlaceFeatureSchema, raw);
			if (!parsed.success) {
				issues.push(...issuesOf(file, record, parsed));
				return;
			}
			const place = parsed.output;
			const earlier = seenIn.get(place.id);
			if (earlier) {
				issues.push({
					file,
					record,
					field: 'id',
					message: `duplicate id, already used in ${earlier}`
				});
				return;
			}
			seenIn.set(place.id, file);
			checkPlace(file, record, place, issues);
			places.set(place.id, place);
		});
	}
	return places;
}

function validateAnnotations(
	file: string,
	json: unknown,
	text: string,
	places: ReadonlyMap<string, Place>,
	issues: DataIssue[]
): Annotation[] {
	const coll = v.safeParse(AnnotationCollectionSchema, json);
	if (!coll.success) {
		issues.push(...issuesOf(file, '(collection)', coll));
		return [];
	}
	const out: Annotation[] = [];
	const ids = new Set<string>();
	coll.output.first.items.forEach((raw, i) => {
		const rawId = (raw as { id?: unknown })?.id;
		const record = typeof rawId === 'string' ? `annotation "${rawId}" (#${i})` : `annotation #${i}`;
		const at = (field: string, message: string) => issues.push({ file, record, field, message });
		const parsed = v.safeParse(AnnotationSchema, raw);
		if (!parsed.success) {
			issues.push(...issuesOf(file, record, parsed, 'first.items.' + i + '.'));
			return;
		}
		const a = parsed.output;
		if (ids.has(a.id)) at('id', 'duplicate annotation id');
		ids.add(a.id);
		if (!places.has(a.body.source))
			at('body.source', `names unknown place "${a.body.source}" (not in geodata/places/)`);
		if (a.relation === 'inferred' && (!a.reason || !a.sources?.length))
			at('reason', 'an inferred place needs a reason {ar, en} and its sources');
		const [pos, quote] = a.target.selector;
		if (pos.end <= pos.start || pos.end > text.length) {
			at(
				'target.selector.0',
				`[${pos.start}, ${pos.end}) is not a range inside the ${text.length}-character text`
			);
			return;
		}
		const there = text.slice(pos.start, pos.end);
		if (there !== quote.exact)
			at(
				'target.selector.1.exact',
				`quote "${quote.exact}" does not match the text at [${pos.start}, ${pos.end}), which reads "${there}"`
			);
		else if (!text.slice(0, pos.start).endsWith(quote.prefix))
			at(
				'target.selector.1.prefix',
				`prefix "${quote.prefix}" does not precede the quote in the text`
			);
		else if (!text.slice(pos.end).startsWith(quote.suffix))
			at(
				'target.selector.1.suffix',
				`suffix "${quote.suffix}" does not follow the quote in the text`
			);
		out.push(a);
	});
	return out.sort((a, b) => a.target.selector[0].start - b.target.selector[0].start);
}

function validateEvents(
	file: string,
	json: unknown,
	text: string,
	places: ReadonlyMap<string, Place>,
	issues: DataIssue[]
): ArticleEvent[] {
	const parsed = v.safeParse(EventsFileSchema, json);
	if (!parsed.success) {
		issues.push(...issuesOf(file, '(file)', parsed));
		return [];
	}
	parsed.output.events.forEach((e, i) => {
		const at = (field: string, message: string) =>
			issues.push({ file, record: `event "${e.id}" (#${i})`, field, message });
		e.places.forEach((id, j) => {
			if (!places.has(id)) at(`places.${j}`, `names unknown place "${id}"`);
		});
		if (e.expression && text.slice(e.expression.start, e.expression.end) !== e.expression.quote)
			at(
				'expression.quote',
				`"${e.expression.quote}" does not match the text at [${e.expression.start}, ${e.expression.end})`
			);
		if (e.sentence && e.sentence.end > text.length)
			at('sentence', `[${e.sentence.start}, ${e.sentence.end}) runs past the end of the text`);
	});
	return parsed.output.events;
}

function validateTranslation(
	files: DataFiles,
	dir: string,
	article: Article,
	places: ReadonlyMap<string, Place>,
	issues: DataIssue[]
): ArticleData['translation'] {
	const file = `${dir}/translation.en.json`;
	if (files[file] === undefined) return null;
	const json = parseJson(file, files[file], issues);
	if (json === undefined) return null;
	const parsed = v.safeParse(TranslationSchema, json);
	if (!parsed.success) {
		issues.push(...issuesOf(file, '(translation)', parsed));
		return null;
	}
	const ids = article.blocks.map((b) => b.id).join(',');
	if (parsed.output.blocks.map((b) => b.id).join(',') !== ids)
		issues.push({
			file,
			record: '(translation)',
			field: 'blocks',
			message: `expected one block per block of the original, in order: ${ids}`
		});
	const text = plainText(parsed.output.blocks);
	const annFile = `${dir}/translation-annotations.en.json`;
	let annotations: Annotation[] = [];
	if (files[annFile] === undefined)
		issues.push({
			file: annFile,
			record: '(file)',
			field: '(file)',
			message: 'missing: a translation needs its annotations'
		});
	else {
		const annJson = parseJson(annFile, files[annFile], issues);
		if (annJson !== undefined)
			annotations = validateAnnotations(annFile, annJson, text, places, issues);
	}
	return { ...parsed.output, text, annotations };
}

function validateSpatial(
	files: DataFiles,
	places: ReadonlyMap<string, Place>,
	issues: DataIssue[]
): Map<string, SpatialFacts> {
	const out = new Map<string, SpatialFacts>();
	const text = files[SPATIAL_FILE];
	if (text === undefined) return out;
	const json = parseJson(SPATIAL_FILE, text, issues);
	if (json === undefined) return out;
	const parsed = v.safeParse(SpatialFactsSchema, json);
	if (!parsed.success) {
		issues.push(...issuesOf(SPATIAL_FILE, '(file)', parsed));
		return out;
	}
	for (const [id, facts] of Object.entries(parsed.output)) {
		if (!places.has(id))
			issues.push({
				file: SPATIAL_FILE,
				record: `place "${id}"`,
				field: '(key)',
				message: 'names an unknown place'
			});
		else out.set(id, facts);
	}
	return out;
}

function validateLayers(
	files: DataFiles,
	places: ReadonlyMap<string, Place>,
	issues: DataIssue[]
): Map<string, Layer> {
	const layers = new Map<string, Layer>();
	for (const file of Object.keys(files).sort()) {
		const m = LAYER_FILE.exec(file);
		if (!m) continue;
		const json = parseJson(file, files[file], issues);
		if (json === undefined) continue;
		const parsed = v.safeParse(LayerSchema, json);
		if (!parsed.success) {
			issues.push(...issuesOf(file, `layer "${m[1]}"`, parsed));
			continue;
		}
		const layer = parsed.output;
		const at = (field: string, message: string) =>
			issues.push({ file, record: `layer "${m[1]}"`, field, message });
		if (layer.id !== m[1]) at('id', `expected "${m[1]}", the file's name`);
		layer.shapes.forEach((id, i) => {
			const place = places.get(id);
			if (!place?.geometry)
				at(
					`shapes.${i}`,
					place ? `"${id}" has no geometry to draw` : `names unknown place "${id}"`
				);
		});
		if (layer.facts !== undefined && layer.facts !== SPATIAL_FILE)
			at('facts', `expected "${SPATIAL_FILE}" (the facts file build-spatial writes)`);
		else if (layer.facts !== undefined && files[SPATIAL_FILE] === undefined)
			at('facts', `"${layer.facts}" is missing`);
		layers.set(layer.id, layer);
	}
	return layers;
}

/** The article's declared layers, resolved against the dataset's; unknown ones are issues. */
function resolveLayers(
	article: Article,
	file: string,
	record: string,
	layers: ReadonlyMap<string, Layer>,
	spatial: ReadonlyMap<string, SpatialFacts>,
	issues: DataIssue[]
): ArticleLayers {
	const context: string[] = [];
	let facts = false;
	(article.layers ?? []).forEach((id, i) => {
		const layer = layers.get(id);
		if (!layer) {
			issues.push({
				file,
				record,
				field: `layers.${i}`,
				message: `names unknown layer "${id}" (no geodata/layers/${id}.json)`
			});
			return;
		}
		for (const shape of layer.shapes) if (!context.includes(shape)) context.push(shape);
		facts ||= layer.facts !== undefined;
	});
	return { context, spatial: facts ? spatial : new Map() };
}

/**
 * Validate every data file and return the typed dataset.
 *
 * @throws DataValidationError listing every problem found, each with file, record and field.
 * @example buildDataset({ 'geodata/places/places.geojson': '{"type":"FeatureCollection","features":[]}' })
 */
export function buildDataset(files: DataFiles): Dataset {
	const issues: DataIssue[] = [];
	const places = validatePlaces(files, issues);
	const spatial = validateSpatial(files, places, issues);
	const layers = validateLayers(files, places, issues);
	const articles = new Map<string, ArticleData>();
	const readFrom = new Map<string, string>();
	for (const file of Object.keys(files).sort()) {
		const m = ARTICLE_FILE.exec(file);
		if (!m || NOT_ARTICLES.test(file)) continue;
		const [, collection, slugDir] = m;
		const dir = `${collection}/${slugDir}`;
		const json = parseJson(file, files[file], issues);
		if (json === undefined) continue;
		const parsed = v.safeParse(ArticleSchema, json);
		if (!parsed.success) {
			issues.push(...issuesOf(file, `article "${slugDir}"`, parsed));
			continue;
		}
		const article = parsed.output;
		if (article.slug !== slugDir)
			issues.push({
				file,
				record: `article "${slugDir}"`,
				field: 'slug',
				message: `expected "${slugDir}", the folder's name`
			});
		const record = `article "${slugDir}"`;
		const earlier = readFrom.get(article.slug);
		if (earlier) {
			issues.push({
				file,
				record,
				field: 'slug',
				message: `duplicate slug: "${article.slug}" is already in ${earlier}`
			});
			continue;
		}
		readFrom.set(article.slug, collection);
		if (collection === SHIPPED_COLLECTION && article.fixture)
			issues.push({
				file,
				record,
				field: 'fixture',
				message: `a fixture is not news: keep it out of ${SHIPPED_COLLECTION} (tests use ${FIXTURE_COLLECTION})`
			});
		if (collection === FIXTURE_COLLECTION && !article.fixture)
			issues.push({
				file,
				record,
				field: 'fixture',
				message: 'expected true: every article written for the tests is marked as a fixture'
			});
		for (const [i, id] of (article.context_places ?? []).entries()) {
			const place = places.get(id);
			if (!place?.geometry)
				issues.push({
					file,
					record: `article "${slugDir}"`,
					field: `context_places.${i}`,
					message: place ? `"${id}" has no geometry to draw` : `names unknown place "${id}"`
				});
		}
		const text = plainText(article.blocks);
		const annFile = `${dir}/annotations.json`;
		let annotations: Annotation[] = [];
		if (files[annFile] === undefined) {
			issues.push({
				file: annFile,
				record: '(file)',
				field: '(file)',
				message: 'missing: every article needs its annotations'
			});
		} else {
			const annJson = parseJson(annFile, files[annFile], issues);
			if (annJson !== undefined)
				annotations = validateAnnotations(annFile, annJson, text, places, issues);
		}
		const eventsFile = `${dir}/events.json`;
		let events: ArticleEvent[] = [];
		if (files[eventsFile] !== undefined) {
			const eventsJson = parseJson(eventsFile, files[eventsFile], issues);
			if (eventsJson !== undefined)
				events = validateEvents(eventsFile, eventsJson, text, places, issues);
		}
		const translation = validateTranslation(files, dir, article, places, issues);
		const articleLayers = resolveLayers(article, file, record, layers, spatial, issues);
		articles.set(article.slug, {
			article,
			collection,
			layers: articleLayers,
			text,
			annotations,
			events,
			translation
		});
	}
	for (const file of Object.keys(files)) {
		const m = ANNOTATIONS_FILE.exec(file);
		if (m && !NOT_ARTICLES.test(file) && !files[`${m[1]}/${m[2]}/article.json`])
			issues.push({
				file,
				record: '(file)',
				field: '(file)',
				message: 'annotations without an article.json beside them'
			});
	}
	if (issues.length) throw new DataValidationError(issues);
	return { places, spatial, layers, articles };
}
