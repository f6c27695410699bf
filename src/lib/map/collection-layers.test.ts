import { describe, expect, it } from 'vitest';
import {
	CLUSTER,
	COLLECTION_LAYER,
	COLLECTION_SOURCE,
	collectionLayers,
	pointsData,
	selectedFilter
} from './collection-layers';

describe('the collection map layers', () => {
	const layers = collectionLayers('en');
	const byId = (id: string) => layers.find((l) => l.id === id)! as unknown as Record<string, never>;

	it('draws clusters and single places from the one clustered source, labels in the page language', () => {
		expect(byId(COLLECTION_LAYER.clusters).source).toBe(COLLECTION_SOURCE);
		expect(byId(COLLECTION_LAYER.clusters).filter).toEqual(['has', 'point_count']);
		expect(byId(COLLECTION_LAYER.points).filter).toEqual(['!', ['has', 'point_count']]);
		expect((byId(COLLECTION_LAYER.labels).layout as Record<string, unknown>)['text-field']).toEqual(
			['get', 'name_en']
		);
		expect(CLUSTER.radius).toBeGreaterThan(0);
	});

	it('sizes a place by how many articles mention it: the radius grows with the count', () => {
		const radius = (byId(COLLECTION_LAYER.points).paint as Record<string, unknown>)[
			'circle-radius'
		] as unknown[];
		expect(radius.slice(0, 3)).toEqual(['interpolate', ['linear'], ['sqrt', ['get', 'articles']]]);
		const stops = radius.slice(3) as number[];
		const sizes = stops.filter((_, i) => i % 2 === 1);
		expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
		expect(sizes[sizes.length - 1]).toBeGreaterThan(sizes[0] * 3);
	});

	it('gives MapLibre each place with its id, names and count, and rings the selected one', () => {
		const fc = pointsData([
			{ id: 'aleppo', name: { ar: 'حلب', en: 'Aleppo' }, at: [37.16, 36.2], articles: 3 }
		]);
		expect(fc.features[0].properties).toEqual({
			id: 'aleppo',
			name_ar: 'حلب',
			name_en: 'Aleppo',
			articles: 3
		});
		expect(selectedFilter('aleppo')).toContainEqual(['==', ['get', 'id'], 'aleppo']);
		expect(selectedFilter(null)).toContainEqual(['==', ['get', 'id'], '']);
	});
});
