/** Names of place kinds in both languages, for legends, popups and accessible names. */
import type { PlaceKind } from '../data/schema';

export const KIND_LABEL: Record<PlaceKind, { ar: string; en: string }> = {
	camp: { ar: 'مخيم', en: 'camp' },
	prison: { ar: 'سجن', en: 'prison' },
	city: { ar: 'مدينة', en: 'city' },
	town: { ar: 'بلدة', en: 'town' },
	capital: { ar: 'عاصمة', en: 'capital' },
	country: { ar: 'دولة', en: 'country' },
	region: { ar: 'منطقة', en: 'region' },
	border: { ar: 'حدود', en: 'border' },
	building: { ar: 'مبنى', en: 'building' }
};

/** Kinds drawn as markers, in legend order. Areas and lines are drawn as shapes. */
export const MARKER_KINDS: PlaceKind[] = [
	'camp',
	'prison',
	'city',
	'town',
	'capital',
	'building',
	'border'
];
