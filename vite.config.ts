import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Arabic (the base locale) at /…, English at /en/…: the language is in the URL.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		})
	],
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Some tests run the CLIs, which load the world gazetteer (seconds of CPU): on a loaded
		// two-core machine that outlasts vitest's 5 s default. Speed is measured in the bench.
		testTimeout: 60_000
	}
});
