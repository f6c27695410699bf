/**
 * The site the browser tests run against: `npm run build:test` builds it into build-test/, with
 * the tests' fixture articles (tests/fixtures/articles) beside the shipped collection. The shipped
 * site (`npm run build`, build/) never has them. E2E_BUILD_DIR points the tests at another build.
 */
export const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build-test';
