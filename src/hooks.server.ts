// Sets the language of each page from its URL and writes the document's lang and dir, so the
// prerendered HTML is right before any script runs.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { dirOf } from '$lib/i18n';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', dirOf(locale))
		});
	});
