/**
 * The one way scripts build the geoparser's index: the validated places plus the word lists beside
 * them in geodata/places/ (variants.json, stoplist.json, common-words.json, given-names.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Place } from '../src/lib/data/dataset';
import {
	buildGazetteerIndex,
	type CommonWords,
	type GazetteerIndex,
	type IndexOptions,
	type StopName,
	type VariantsByPlace
} from '../src/lib/geoparse/index-gazetteer';
import { ROOT } from './lib-files';

/** The index's word lists, read from geodata/places/. */
export function indexOptions(root = ROOT): Required<Omit<IndexOptions, 'cues'>> {
	const read = (file: string) =>
		JSON.parse(fs.readFileSync(path.join(root, 'geodata/places', file), 'utf8'));
	const variants: VariantsByPlace = read('variants.json');
	const { stop }: { stop: StopName[] } = read('stoplist.json');
	const { words, rare }: { words: CommonWords; rare: CommonWords } = read('common-words.json');
	const { names }: { names: string[] } = read('given-names.json');
	return { variants, stoplist: stop, commonWords: words, rareWords: rare, givenNames: names };
}

/** The index over `places` (the validated dataset's) with the word lists of `root`. */
export function gazetteerIndex(places: Iterable<Place>, root = ROOT): GazetteerIndex {
	return buildGazetteerIndex(places, indexOptions(root));
}
