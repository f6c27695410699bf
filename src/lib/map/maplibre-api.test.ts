// The MapLibre methods the collection map calls still exist (an upgrade fails here, by name).
import { describe, expect, it } from 'vitest';

describe('the MapLibre API the collection map uses', () => {
	it('Map and GeoJSONSource have every method CollectionMap calls', async () => {
		const maplibre = await import('maplibre-gl');
		for (const name of [
			'addSource',
			'addLayer',
			'getSource',
			'setFilter',
			'fitBounds',
			'easeTo',
			'getBounds',
			'getCanvas',
			'once',
			'on',
			'remove'
		])
			expect(typeof maplibre.Map.prototype[name as keyof typeof maplibre.Map.prototype], name).toBe(
				'function'
			);
		for (const name of ['setData', 'getClusterExpansionZoom'])
			expect(
				typeof maplibre.GeoJSONSource.prototype[
					name as keyof typeof maplibre.GeoJSONSource.prototype
				],
				name
			).toBe('function');
	});
});
