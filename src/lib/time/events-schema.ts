/**
 * The shape of geodata/articles/<slug>/events.json (written by scripts/build-events.ts), as a
 * valibot schema for the data boundary. An event is either what the article says ("article": it
 * rests on a sentence of the text, and on a resolved date expression there or, where the text gives
 * no date, on cited sources) or what the article assumes its reader knows ("context": no span of
 * the text, always sources). Events are sorted by date.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const bilingual = v.object({ ar: nonEmpty, en: nonEmpty });
const offset = v.pipe(v.number(), v.integer('expected an integer offset'), v.minValue(0));
const span = v.pipe(
	v.object({ start: offset, end: offset }),
	v.check((s) => s.start < s.end, 'expected start < end')
);

function isRealDay(iso: string): boolean {
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** 'YYYY-MM-DD', or an ISO 8601 interval of two days 'YYYY-MM-DD/YYYY-MM-DD' in order. */
export const EventDateSchema = v.pipe(
	v.string(),
	v.regex(
		/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/,
		'expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD'
	),
	v.check((s) => s.split('/').every(isRealDay), 'expected real calendar days'),
	v.check((s) => {
		const [from, to = from] = s.split('/');
		return from <= to;
	}, 'expected an interval that ends after it starts')
);

export const EventSchema = v.pipe(
	v.object({
		id: v.pipe(
			v.string(),
			v.regex(/^e-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected an id like e-2022-11-30-austin-akar')
		),
		kind: v.picklist(['article', 'context']),
		date: EventDateSchema,
		expression: v.nullable(
			v.pipe(
				v.object({ quote: nonEmpty, start: offset, end: offset }),
				v.check((e) => e.start < e.end, 'expected start < end')
			)
		),
		sentence: v.nullable(span),
		/** Who acts, and what happens: written in review. An event found by the date resolver
		 * alone (scripts/add-article.ts) has neither: its sentence says what happened. */
		actor: v.optional(bilingual),
		summary: v.optional(bilingual),
		places: v.array(nonEmpty),
		mentions: v.array(
			v.object({
				id: v.pipe(v.string(), v.regex(/^#m-\d+$/)),
				place: nonEmpty,
				start: offset,
				end: offset
			})
		),
		sources: v.array(v.pipe(v.string(), v.url('expected a URL (https://…)')))
	}),
	v.check(
		(e) => e.id.slice(2, 12) === e.date.slice(0, 10),
		'expected the id to start with the event’s date'
	),
	v.check(
		(e) =>
			e.kind === 'context'
				? e.expression === null &&
					e.sentence === null &&
					e.mentions.length === 0 &&
					e.sources.length > 0
				: e.sentence !== null && (e.expression !== null || e.sources.length > 0),
		'a context event has no span of the text and at least one source; an article event has its sentence, and a date expression or sources for its date'
	),
	v.check(
		(e) => e.summary !== undefined || (e.kind === 'article' && e.expression !== null),
		'an event without a summary must be an article event resting on a date expression (found by the resolver, not yet reviewed)'
	)
);
export type ArticleEvent = v.InferOutput<typeof EventSchema>;

export const EventsFileSchema = v.pipe(
	v.object({
		slug: nonEmpty,
		published: nonEmpty,
		events: v.array(EventSchema)
	}),
	v.check(
		(f) => f.events.every((e, i) => i === 0 || f.events[i - 1].date <= e.date),
		'expected events sorted by date'
	),
	v.check(
		(f) => new Set(f.events.map((e) => e.id)).size === f.events.length,
		'expected unique event ids'
	)
);
export type EventsFile = v.InferOutput<typeof EventsFileSchema>;
