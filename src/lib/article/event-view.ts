/**
 * The story's events as the timeline shows them: dates formatted in Arabic and English, the
 * relative expression each date was resolved from, and the sentence it rests on located in its
 * block (for highlighting). Pure.
 */
import type { Article } from '../data/schema';
import type { ArticleEvent } from '../time/events-schema';
import { blockStarts } from './plain-text';

export interface EventView {
	id: string;
	kind: 'article' | 'context';
	/** ISO date or interval, for `<time datetime>`. */
	date: string;
	label: { ar: string; en: string };
	/** The words of the article the date was resolved from ("الأربعاء الماضي"), if any. */
	expression: string | null;
	/** The sentence the event rests on, inside one block. */
	sentence: { blockId: string; start: number; end: number } | null;
	actor: { ar: string; en: string } | null;
	/** What happened, written in review; null for an event the date resolver found alone. */
	summary: { ar: string; en: string } | null;
	/** Without a summary: the article's own sentence (in its language), cut to about 200 letters. */
	quote: string | null;
	places: string[];
	sources: string[];
}

const FORMAT = {
	ar: new Intl.DateTimeFormat('ar-SY-u-nu-latn', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}),
	en: new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	})
};

/**
 * "30 Nov 2022"; an interval "20 Jan 2022 – 30 Jan 2022" via formatRange ("20–30 Jan 2022").
 *
 * @example formatEventDate('2022-11-30', 'en') // '30 Nov 2022'
 */
export function formatEventDate(date: string, lang: 'ar' | 'en'): string {
	const [from, to] = date.split('/').map((d) => new Date(`${d}T00:00:00Z`));
	return to ? FORMAT[lang].formatRange(from, to) : FORMAT[lang].format(from);
}

/** Longest quote of a sentence shown for an unreviewed event. */
const QUOTE_LENGTH = 200;

export function eventViews(
	events: readonly ArticleEvent[],
	blocks: Article['blocks']
): EventView[] {
	const starts = blockStarts(blocks);
	const locate = (s: { start: number; end: number }) => {
		const i = starts.findLastIndex((b) => b <= s.start);
		if (i < 0) return null;
		return {
			blockId: blocks[i].id,
			start: s.start - starts[i],
			end: Math.min(s.end - starts[i], blocks[i].text.length)
		};
	};
	const textOf = (s: { blockId: string; start: number; end: number } | null) => {
		const text =
			s &&
			blocks
				.find((b) => b.id === s.blockId)
				?.text.slice(s.start, s.end)
				.trim();
		if (!text) return null;
		return text.length > QUOTE_LENGTH ? text.slice(0, QUOTE_LENGTH).trimEnd() + '…' : text;
	};
	return events.map((e) => {
		const sentence = e.sentence ? locate(e.sentence) : null;
		return {
			id: e.id,
			kind: e.kind,
			date: e.date,
			label: { ar: formatEventDate(e.date, 'ar'), en: formatEventDate(e.date, 'en') },
			expression: e.expression?.quote ?? null,
			sentence,
			actor: e.actor ?? null,
			summary: e.summary ?? null,
			quote: e.summary ? null : textOf(sentence),
			places: e.places,
			sources: e.sources
		};
	});
}
