/** Names of place kinds in both languages, for legends, popups and accessible names. */
import type { PlaceKind } from '../data/schema';

export const KIND_LABEL: Record<PlaceKind, { ar: string; en: string }> = {
	camp: { ar: 'مخيم', en: 'camp' },
	prison: { ar: 'سجن', en: 'prison' },
	city: { ar: 'مدينة', en: 'city' },
	town: { ar: 'بلدة', en: 'town' },
	village: { ar: 'قرية', en: 'village' },
	capital: { ar: 'عاصمة', en: 'capital' },
	country: { ar: 'دولة', en: 'country' },
	continent: { ar: 'قارة', en: 'continent' },
	region: { ar: 'منطقة', en: 'region' },
	admin1: { ar: 'وحدة إدارية', en: 'province' },
	district: { ar: 'منطقة إدارية', en: 'district' },
	subdistrict: { ar: 'ناحية', en: 'sub-district' },
	sea: { ar: 'مسطح مائي', en: 'sea' },
	river: { ar: 'نهر', en: 'river' },
	lake: { ar: 'بحيرة', en: 'lake' },
	mountain: { ar: 'جبل', en: 'mountain' },
	desert: { ar: 'صحراء', en: 'desert' },
	island: { ar: 'جزيرة', en: 'island' },
	landform: { ar: 'معلم طبيعي', en: 'landform' },
	border: { ar: 'حدود', en: 'border' },
	crossing: { ar: 'معبر', en: 'crossing' },
	base: { ar: 'قاعدة', en: 'base' },
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
