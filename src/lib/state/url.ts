/**
 * The reader's state in the URL: `?place=<id>` now, more parameters later. Pure string helpers, so
 * components never mutate URL objects.
 *
 * @example withParam('?lang=en', 'place', 'al-hol-camp') // '?lang=en&place=al-hol-camp'
 */
export function withParam(search: string, key: string, value: string | null): string {
	const params = new URLSearchParams(search);
	if (value === null) params.delete(key);
	else params.set(key, value);
	const s = params.toString();
	return s ? `?${s}` : '';
}
