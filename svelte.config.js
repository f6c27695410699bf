import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';

/**
 * The origin of the optional online basemap (PUBLIC_BASEMAP_STYLE_URL, read at build time like the
 * reader page does), as a CSP source: a `{s}` or `{a-c}` subdomain placeholder becomes `*`.
 * Null when unset or not http(s), so the policy then allows the site itself only.
 */
function basemapOrigin() {
	const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
	const value = (
		process.env.PUBLIC_BASEMAP_STYLE_URL ??
		loadEnv(mode, process.cwd(), 'PUBLIC_BASEMAP_STYLE_URL').PUBLIC_BASEMAP_STYLE_URL ??
		''
	).trim();
	const m = /^(https?:\/\/)([^/?#]+)/.exec(value);
	if (!m) return null;
	const host = m[2].replace(/\{[^}]*\}/g, '*');
	return /^[\w.*-]+(:\d+)?$/.test(host) ? m[1] + host : null;
}

/**
 * SvelteKit's route announcer (a live region it mounts on every page) carries an inline style
 * attribute. Rather than allow every inline style, the policy allows exactly that one value by its
 * hash ('unsafe-hashes'), read from the installed SvelteKit so an upgrade cannot silently break it.
 */
function announcerStyleHash() {
	const root = readFileSync(
		fileURLToPath(
			import.meta
				.resolve('@sveltejs/kit')
				.replace(/src\/exports\/index\.js$/, 'src/core/sync/write_root.js')
		),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]*)"/.exec(root)?.[1];
	if (!style)
		throw new Error("svelte.config.js: could not find the style of SvelteKit's announcer");
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

const online = basemapOrigin();
const remote = online ? [online] : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered, so the site is plain files that any static host can serve.
		// KHAREETA_BUILD_DIR lets a test build a variant of the site (e.g. with an online basemap)
		// beside the real one.
		adapter: adapter({
			pages: process.env.KHAREETA_BUILD_DIR ?? 'build',
			assets: process.env.KHAREETA_BUILD_DIR ?? 'build',
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry the policy as <meta http-equiv>; SvelteKit adds the hash of its
		// inline boot script to script-src. MapLibre fetches the style, GeoJSON and fonts (connect),
		// runs its worker from a file of ours ('self', set by setWorkerUrl) and decodes images into
		// blob: and data: URLs. tests/e2e/security.spec.ts checks that nothing violates it.
		// No inline styles in the prerendered HTML: styles set from script go through the CSSOM,
		// which the policy does not block.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:', ...remote],
				'font-src': ['self'],
				'connect-src': ['self', ...remote],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
