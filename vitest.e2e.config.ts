import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the built site,
// served by `vite preview` on a port of its own (see tests/e2e/global-setup.ts).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.spec.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
