/**
 * The map's view settings a reader chooses once and expects kept from page to page and visit to
 * visit: the legend's switches (kinds of marker and layers turned off) and whether labels show both
 * languages. Kept in local storage under one key; a missing, broken or unreachable store (private
 * browsing, storage disabled) gives the defaults and is never an error.
 */
import type { LabelMode } from '../map/labels';

export const MAP_SETTINGS_KEY = 'khareeta:map-settings';

export interface MapSettings {
	/** Ids of the legend's switches that are off (`kind-camp`, `zone`, …). */
	hidden: string[];
	labels: LabelMode;
}

export const DEFAULT_MAP_SETTINGS: MapSettings = { hidden: [], labels: 'page' };

const ID = /^[a-z0-9-]{1,40}$/;

/**
 * Settings from stored text; anything unexpected is dropped, not trusted.
 *
 * @example parseMapSettings('{"hidden":["kind-camp"],"labels":"both"}') // { hidden: ['kind-camp'], labels: 'both' }
 */
export function parseMapSettings(text: string | null): MapSettings {
	if (!text) return { ...DEFAULT_MAP_SETTINGS, hidden: [] };
	try {
		const raw = JSON.parse(text) as Partial<Record<keyof MapSettings, unknown>>;
		const hidden = Array.isArray(raw?.hidden)
			? [...new Set(raw.hidden.filter((h): h is string => typeof h === 'string' && ID.test(h)))]
			: [];
		return { hidden: hidden.slice(0, 100), labels: raw?.labels === 'both' ? 'both' : 'page' };
	} catch {
		return { ...DEFAULT_MAP_SETTINGS, hidden: [] };
	}
}

export function loadMapSettings(storage: Pick<Storage, 'getItem'> | null = safeStorage()) {
	try {
		return parseMapSettings(storage?.getItem(MAP_SETTINGS_KEY) ?? null);
	} catch {
		return parseMapSettings(null);
	}
}

export function saveMapSettings(
	settings: MapSettings,
	storage: Pick<Storage, 'setItem'> | null = safeStorage()
): void {
	try {
		storage?.setItem(
			MAP_SETTINGS_KEY,
			JSON.stringify({ hidden: [...settings.hidden].sort(), labels: settings.labels })
		);
	} catch {
		// Full or disabled storage: the setting lasts for this page only.
	}
}

/** localStorage, or null where reading it throws (storage disabled) or there is none (prerendering). */
function safeStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
