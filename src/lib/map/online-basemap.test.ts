import { describe, expect, it } from 'vitest';
import { buildStyle } from './style';
import {
	ONLINE_SOURCE,
	parseBasemapSetting,
	withOnlineStyle,
	withRasterBasemap
} from './online-basemap';

describe('the online basemap setting', () => {
	it('is off when unset, empty or not http(s)', () => {
		expect(parseBasemapSetting(undefined)).toBeNull();
		expect(parseBasemapSetting('  ')).toBeNull();
		expect(parseBasemapSetting('javascript:alert(1)')).toBeNull();
	});
	it('tells a raster template from a style URL', () => {
		expect(parseBasemapSetting('https://tiles.example/{z}/{x}/{y}.png')?.kind).toBe('raster');
		expect(parseBasemapSetting('https://tiles.example/style.json')?.kind).toBe('style');
	});
	it('puts a raster basemap right above the sea and keeps every embedded layer', () => {
		const embedded = buildStyle({ origin: 'http://localhost' });
		const s = withRasterBasemap(embedded, 'https://tiles.example/{z}/{x}/{y}.png');
		expect(s.layers.map((l) => l.id).slice(0, 2)).toEqual(['sea', ONLINE_SOURCE]);
		expect(s.layers.length).toBe(embedded.layers.length + 1);
		expect(s.sources[ONLINE_SOURCE]).toMatchObject({
			type: 'raster',
			tiles: ['https://tiles.example/{z}/{x}/{y}.png']
		});
	});
	it('keeps our font-faces in a downloaded style', () => {
		const embedded = buildStyle({ origin: 'http://localhost' });
		const online = {
			version: 8,
			sources: {},
			layers: [],
			glyphs: 'https://g/{fontstack}/{range}.pbf'
		} as never;
		expect(withOnlineStyle(embedded, online)).toHaveProperty('font-faces');
	});
});
