import { CmsUnavailableError } from '@assc/cms-client';
import { CancellationRequest, type Locale } from '@assc/schemas';
import { error, fail } from '@sveltejs/kit';
import { cancelRegistration, previewCancellation } from '$lib/server/registration/cms-registration';
import type { Actions, PageServerLoad } from './$types';

function invalidToken(): never {
  error(404, { message: 'token_invalid', code: 'token_invalid' });
}

function tokenFrom(value: FormDataEntryValue | string | null): string {
  const parsed = CancellationRequest.safeParse({ token: value });
  return parsed.success ? parsed.data.token : invalidToken();
}

/**
 * Opening the e-mailed link only shows what would be cancelled: mail scanners follow links,
 * so nothing changes until the person presses the button (a POST).
 */
export const load: PageServerLoad = async ({ url, request, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
  // After the cancel action the page shows the action's answer; the token is spent by then.
  if (request.method === 'POST') return { token: '', preview: undefined };
  const token = tokenFrom(url.searchParams.get('token'));
  try {
    const preview = await previewCancellation(token);
    if (!preview) invalidToken();
    return { token, preview };
  } catch (cause) {
    if (cause instanceof CmsUnavailableError) {
      error(503, { message: 'unavailable', code: 'unavailable' });
    }
    throw cause;
  }
};

export const actions: Actions = {
  cancel: async ({ request, params }) => {
    const locale = params.lang as Locale;
    const token = tokenFrom((await request.formData()).get('token'));
    try {
      const done = await cancelRegistration(token);
      if (!done) invalidToken();
      return { cancelled: done, locale };
    } catch (cause) {
      if (cause instanceof CmsUnavailableError) return fail(503, { unavailable: true });
      throw cause;
    }
  },
};
