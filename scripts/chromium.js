// How every tool of ours starts Debian's Chromium (RECIPE.md): WebGL through SwiftShader, and no
// background networking, so nothing but the site on loopback is ever reached. Used by the browser
// tests, the benchmark and the screenshot script. Plain JS so the screenshot script can import it.

/** The Chromium to drive: CHROME_PATH, or Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--disable-dev-shm-usage',
	// Belt and braces: no host but loopback resolves at all.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];
