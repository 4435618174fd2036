import type { Locale } from '@assc/schemas';
import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The matcher runs in the browser too, so it must not import `@assc/schemas` at run time: that
 * would ship zod (about 30 KB gzip) to every page with JavaScript. `locale.test.ts` keeps this
 * list equal to the schema's.
 */
export const routeLocales: readonly Locale[] = ['ja', 'en'];

export const match: ParamMatcher = (param) => (routeLocales as readonly string[]).includes(param);
