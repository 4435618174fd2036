import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Japanese first; readers whose browser asks for English before Japanese get English. */
export const load: PageServerLoad = ({ request }) => {
  const accept = request.headers.get('accept-language') ?? '';
  const en = accept.search(/\ben\b/i);
  const ja = accept.search(/\bja\b/i);
  const prefersEnglish = en !== -1 && (ja === -1 || en < ja);
  redirect(307, prefersEnglish ? '/en/' : '/ja/');
};
