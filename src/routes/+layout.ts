// Every page is prerendered: the site is static files.
export const prerender = true;
