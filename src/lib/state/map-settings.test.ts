import { describe, expect, it } from 'vitest';
import {
	loadMapSettings,
	MAP_SETTINGS_KEY,
	parseMapSettings,
	saveMapSettings,
	type MapSettings
} from './map-settings';

function memory() {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		items
	};
}

describe('map settings', () => {
	it('round-trips through storage', () => {
		const store = memory();
		const settings: MapSettings = { hidden: ['zone', 'kind-camp'], labels: 'both' };
		saveMapSettings(settings, store);
		expect(store.items.get(MAP_SETTINGS_KEY)).toBe(
			'{"hidden":["kind-camp","zone"],"labels":"both"}'
		);
		expect(loadMapSettings(store)).toEqual({ hidden: ['kind-camp', 'zone'], labels: 'both' });
	});

	it('gives the defaults for nothing stored, broken JSON or the wrong shapes', () => {
		const defaults = { hidden: [], labels: 'page' };
		expect(parseMapSettings(null)).toEqual(defaults);
		expect(parseMapSettings('{')).toEqual(defaults);
		expect(parseMapSettings('null')).toEqual(defaults);
		expect(parseMapSettings('[1,2]')).toEqual(defaults);
		expect(parseMapSettings('{"hidden":"zone","labels":"klingon"}')).toEqual(defaults);
	});

	it('keeps only switch-like ids, once each', () => {
		expect(
			parseMapSettings('{"hidden":["zone","zone",3,"<img src=x>","kind-town"],"labels":"page"}')
		).toEqual({ hidden: ['zone', 'kind-town'], labels: 'page' });
	});

	it('survives a store that throws', () => {
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(loadMapSettings(broken)).toEqual({ hidden: [], labels: 'page' });
		expect(() => saveMapSettings({ hidden: [], labels: 'both' }, broken)).not.toThrow();
	});
});
