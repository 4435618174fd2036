import { isLocale } from '@assc/schemas';
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => isLocale(param);
