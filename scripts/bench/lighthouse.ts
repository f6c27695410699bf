/**
 * Lighthouse 12.2.3 on the reader page, desktop and mobile emulation (Lighthouse's own presets,
 * simulated throttling), performance and accessibility. Chromium is Debian's (chrome-launcher's
 * chromePath, or CHROME_PATH) with the same flags as the other runs, so nothing but loopback is
 * reached; the report's network requests are checked for other hosts.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { BenchRow } from './geoparse';
import { benchFlags, CHROME_PATH } from './reader';

export interface LighthouseResult {
	/** 'reader', or 'floor' for context: what MapLibre alone scores on this machine. */
	page: string;
	form: 'desktop' | 'mobile';
	performance: number;
	accessibility: number;
	fcp: number;
	lcp: number;
	tbt: number;
	otherHosts: string[];
}

export async function runLighthouse(
	url: string,
	form: 'desktop' | 'mobile',
	page = 'reader'
): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: CHROME_PATH,
		chromeFlags: ['--headless=new', ...benchFlags()],
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(
			url,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			},
			form === 'desktop' ? (desktopConfig as Config) : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const lhr = result.lhr;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		const origin = new URL(url).origin;
		const requests =
			(lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)
				?.items ?? [];
		const otherHosts = requests
			.map((r) => r.url)
			.filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
		const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			page,
			form,
			performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
			accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
			fcp: num('first-contentful-paint'),
			lcp: num('largest-contentful-paint'),
			tbt: num('total-blocking-time'),
			otherHosts
		};
	} finally {
		chrome.kill();
	}
}

export function lighthouseSection(results: LighthouseResult[]): {
	section: string;
	rows: BenchRow[];
} {
	return {
		section: 'Lighthouse 12.2.3 (simulated throttling; the floor for context)',
		rows: results.flatMap((r) => {
			const at = `${r.page} ${r.form}`;
			return [
				{ name: `${at}: performance`, value: r.performance, unit: '/ 100' },
				...(r.page === 'reader'
					? [{ name: `${at}: accessibility`, value: r.accessibility, unit: '/ 100' }]
					: []),
				{ name: `${at}: FCP (simulated)`, value: Math.round(r.fcp), unit: 'ms' },
				{ name: `${at}: LCP (simulated)`, value: Math.round(r.lcp), unit: 'ms' },
				{ name: `${at}: total blocking time`, value: Math.round(r.tbt), unit: 'ms' },
				{ name: `${at}: requests to other hosts`, value: r.otherHosts.length, unit: 'requests' }
			];
		})
	};
}
