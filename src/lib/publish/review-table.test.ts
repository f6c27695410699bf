import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import type { Mention } from '../geoparse/geoparse';
import { formatReview, reviewRows } from './review-table';

describe('the review table', () => {
	const { places } = buildDataset(readDataFiles());
	const text = 'من طرابلس إلى حلب';
	const geoparsed: Mention[] = [
		{
			start: 3,
			end: 9,
			place: 'tripoli-lebanon',
			confidence: 0.5,
			evidence: ['importance'],
			alternatives: [{ place: 'tripoli-libya', confidence: 0.25 }]
		},
		{ start: 14, end: 17, place: 'aleppo', confidence: 0.95, evidence: ['unique'] }
	];
	const reviewed = geoparsed.map((m) => ({ ...m, relation: 'named' as const }));

	it('flags low confidence and ambiguous mentions, reading only the geoparser’s fields', () => {
		const rows = reviewRows(text, geoparsed, reviewed, places);
		expect(rows.map((r) => [r.place, r.look, r.confidence])).toEqual([
			['tripoli-lebanon', true, 0.5],
			['aleppo', false, 0.95]
		]);
		expect(rows[0].mentions[0].look).toEqual(['low confidence', 'ambiguous']);
		const printed = formatReview(text, { rows, removed: [], dates: [] });
		expect(printed).toMatch(/^! tripoli-lebanon .* 0\.50 .*importance .*tripoli-libya \(0\.25\)/m);
		expect(printed).toMatch(/^ {2}aleppo .* 0\.95 /m);
		expect(printed).toContain('1 need a human look');
	});

	it('a confident mention is ambiguous when another place scored 0.2 or more, not for less', () => {
		const sure = [
			{
				...geoparsed[0],
				confidence: 0.78,
				alternatives: [{ place: 'tripoli-libya', confidence: 0.21 }]
			}
		];
		const rows = reviewRows(text, sure, [{ ...sure[0], relation: 'named' }], places);
		expect(rows[0].mentions[0].look).toEqual(['ambiguous']);
		const city = [
			{
				...geoparsed[1],
				confidence: 0.9,
				alternatives: [{ place: 'aleppo-governorate', confidence: 0.1 }]
			}
		];
		const quiet = reviewRows(text, city, [{ ...city[0], relation: 'named' }], places);
		expect(quiet[0].mentions[0].look).toEqual([]);
		expect(quiet[0].look).toBe(false);
	});
});
