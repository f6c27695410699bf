/**
 * Reading a CoNLL file (one `TOKEN TAG` per line, BIO tags) back into text, and scoring the
 * geoparser's mentions against its LOC entities. Pure: no file system.
 *
 * The text is the tokens joined by single spaces, so each gold entity is a range of UTF-16 offsets
 * into it. Documents: ANERcorp has no document boundaries, so the text is cut into pieces of
 * `sentencesPerDoc` sentences (a sentence ends at a token that is only `.`, `!`, `?` or `؟`), about
 * the length of a news story, so that what the geoparser reads from "the story" (the countries it
 * names, its other places) comes from a story-sized neighbourhood, never from the whole corpus.
 */

export interface GoldEntity {
	start: number;
	end: number;
	tag: string;
	text: string;
}

export interface ConllDoc {
	text: string;
	entities: GoldEntity[];
}

const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/**
 * Parse CoNLL lines into documents of `sentencesPerDoc` sentences.
 *
 * @example
 * readConll('في O\nباريس B-LOC\n. O\n')[0]
 * // { text: 'في باريس .', entities: [{ start: 3, end: 8, tag: 'LOC', text: 'باريس' }] }
 */
export function readConll(source: string, sentencesPerDoc = 10): ConllDoc[] {
	const docs: ConllDoc[] = [];
	let tokens: string[] = [];
	let length = 0;
	let entities: GoldEntity[] = [];
	let open: GoldEntity | null = null;
	let sentences = 0;
	const close = () => {
		if (open) entities.push(open);
		open = null;
	};
	const flush = () => {
		close();
		if (tokens.length) docs.push({ text: tokens.join(' '), entities });
		tokens = [];
		length = 0;
		entities = [];
		sentences = 0;
	};
	for (const [n, raw] of source.split('\n').entries()) {
		const line = raw.replace(/\r$/, '');
		if (!line.trim()) continue;
		const cut = line.lastIndexOf(' ');
		if (cut < 0) throw new Error(`CoNLL line ${n + 1}: expected "TOKEN TAG", got "${line}"`);
		const token = line.slice(0, cut).trim();
		const tag = line.slice(cut + 1);
		// A token lost in the corpus's making (the line is only its tag): nothing to place.
		if (!token) {
			close();
			continue;
		}
		const start = tokens.length ? length + 1 : 0;
		const end = start + token.length;
		const [bio, type] = tag.split('-');
		if (bio === 'B' || (bio === 'I' && (!open || open.tag !== type))) {
			close();
			open = { start, end, tag: type, text: token };
		} else if (bio === 'I' && open) {
			open.end = end;
			open.text += ' ' + token;
		} else close();
		tokens.push(token);
		length = end;
		if (SENTENCE_END.has(token) && ++sentences >= sentencesPerDoc) flush();
	}
	flush();
	return docs;
}

export interface Predicted {
	start: number;
	end: number;
	place: string;
	/** The text the mention covers. */
	text: string;
}

export interface Score {
	gold: number;
	found: number;
	predicted: number;
	correct: number;
	precision: number;
	recall: number;
	f1: number;
	/** Gold LOC entities no mention overlaps. */
	missed: GoldEntity[];
	/** Mentions that overlap no gold LOC entity, with the gold tag they overlap, if any. */
	falseHits: (Predicted & { goldTag: string | null })[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/**
 * Entity-level scores for one tag: a gold entity is found when a mention overlaps it; a mention is
 * correct when it overlaps a gold entity of that tag.
 */
export function score(
	docs: readonly { entities: GoldEntity[]; predicted: Predicted[] }[],
	tag = 'LOC'
): Score {
	let gold = 0;
	let found = 0;
	let predicted = 0;
	let correct = 0;
	const missed: GoldEntity[] = [];
	const falseHits: Score['falseHits'] = [];
	for (const d of docs) {
		const golds = d.entities.filter((e) => e.tag === tag);
		gold += golds.length;
		predicted += d.predicted.length;
		for (const g of golds) {
			if (d.predicted.some((p) => overlaps(p, g))) found++;
			else missed.push(g);
		}
		for (const p of d.predicted) {
			if (golds.some((g) => overlaps(p, g))) correct++;
			else falseHits.push({ ...p, goldTag: d.entities.find((e) => overlaps(p, e))?.tag ?? null });
		}
	}
	const precision = predicted ? correct / predicted : 0;
	const recall = gold ? found / gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { gold, found, predicted, correct, precision, recall, f1, missed, falseHits };
}

/** The most frequent values, most frequent first (ties in first-seen order). */
export function topCounts<T>(items: readonly T[], key: (t: T) => string, n: number) {
	const counts = new Map<string, number>();
	for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}
