/** The geoparser: find the places an Arabic text mentions and describe them as W3C annotations. */
export { geoparse, type Alternative, type Evidence, type Mention } from './geoparse';
export {
	buildGazetteerIndex,
	DEFAULT_CUES,
	type GazetteerIndex,
	type PlaceInput,
	type StopName,
	type VariantsByPlace
} from './index-gazetteer';
export { normalise, normaliseName } from './normalise';
export { toAnnotationCollection, toAnnotations } from './annotations';
