/**
 * The forms a gazetteer name is looked up under in the dictionaries (scripts/snapshot-lexicon.ts):
 * with or without the article, without an ending or a pronoun. Pure.
 */

/**
 * The forms to look a name up under in the dictionary: itself, with or without the article, and
 * for a name with the article, without a feminine or plural ending ("الجديدة" → "جديد": the
 * dictionary lists adjectives in the masculine singular). A name without the article is not
 * stemmed: "أنقرة" is not "انقر" (click).
 */
export function lookupForms(key: string): string[] {
	if (!key.startsWith('ال')) return [key, 'ال' + key];
	const bareKey = key.slice(2);
	const forms = [key, bareKey];
	for (const ending of ['ه', 'ات', 'ون', 'ين'])
		if (bareKey.endsWith(ending) && bareKey.length - ending.length >= 3)
			forms.push(bareKey.slice(0, -ending.length));
	return forms;
}

/**
 * The forms to look a name up under among function words: also with a verb's or an accusative's
 * ending taken off ("قالت" → "قال", "كانوا" → "كان").
 */
export function functionForms(key: string): string[] {
	const forms = [key];
	for (const ending of ['ت', 'ا', 'وا', 'و'])
		if (key.endsWith(ending) && key.length - ending.length >= 3)
			forms.push(key.slice(0, -ending.length));
	return forms;
}

/** The forms to look a name up under among Ayaspell's words. */
export function ayaspellForms(key: string, foreign: boolean): string[] {
	const forms = [key];
	if (key.startsWith('ال')) forms.push(key.slice(2));
	// An accusative's alef ("يوما" a day) only on a transliterated name: Arabic place names end
	// in ا often ("مادبا", "معلولا", "قطنا").
	if (foreign && key.endsWith('ا') && key.length >= 4) forms.push(key.slice(0, -1));
	// A word with a plural pronoun ("دورهم" their role, "بيتكم" your house): Ayaspell
	// lists the word without it. Not ه (the matcher reads it as ة), ها، هن or نا (transliterations
	// end so: أوماها، أردهان، مونتانا).
	for (const suffix of ['هما', 'هم', 'كم'])
		if (key.endsWith(suffix) && key.length - suffix.length >= 3)
			forms.push(key.slice(0, -suffix.length));
	return forms;
}
