import { CmsHttpError } from '@assc/cms-client';
import {
  AvailabilityResponse,
  CancellationDone,
  CancellationPreview,
  RegistrationAccepted,
  RegistrationErrorDetails,
  type RegistrationRequest,
} from '@assc/schemas';
import { site } from '../cms';

export type Availability = AvailabilityResponse['data'];
export type Preview = CancellationPreview['data'];
export type Cancelled = CancellationDone['data'];

/** The CMS said no, for a reason the person can act on (see registration-api.ts). */
export interface Refusal {
  status: number;
  details: RegistrationErrorDetails;
}

export type Submitted =
  { ok: true; status: RegistrationAccepted['data']['status'] } | { ok: false; refusal: Refusal };

function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof CmsHttpError) || error.status >= 500) return undefined;
  const details = RegistrationErrorDetails.safeParse(error.details);
  return details.success ? { status: error.status, details: details.data } : undefined;
}

/** Throws CmsUnavailableError when the CMS cannot be reached or does not answer in time. */
export async function submitRegistration(body: RegistrationRequest): Promise<Submitted> {
  try {
    const accepted = await site().registrationCms.post(
      '/registrations',
      body,
      RegistrationAccepted,
    );
    return { ok: true, status: accepted.data.status };
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return { ok: false, refusal };
    throw error;
  }
}

/**
 * Seats per venue, read fresh for every page view: it changes with each registration. A page
 * without it still works, so any failure is logged and gives `undefined`.
 */
export async function fetchAvailability(documentId: string): Promise<Availability | undefined> {
  try {
    const path = `/registrations/availability/${encodeURIComponent(documentId)}`;
    return (await site().registrationCms.request(path, undefined, AvailabilityResponse)).data;
  } catch (error) {
    console.warn(`[registration] availability of ${documentId} unknown:`, String(error));
    return undefined;
  }
}

/** `undefined` for a token that is wrong, malformed or used; throws when the CMS is down. */
export async function previewCancellation(token: string): Promise<Preview | undefined> {
  try {
    return (
      await site().registrationCms.post(
        '/registrations/cancellation/preview',
        { token },
        CancellationPreview,
      )
    ).data;
  } catch (error) {
    if (refusalOf(error)) return undefined;
    throw error;
  }
}

export async function cancelRegistration(token: string): Promise<Cancelled | undefined> {
  try {
    return (
      await site().registrationCms.post('/registrations/cancellation', { token }, CancellationDone)
    ).data;
  } catch (error) {
    if (refusalOf(error)) return undefined;
    throw error;
  }
}
