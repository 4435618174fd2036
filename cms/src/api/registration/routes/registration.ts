/**
 * The site's server calls these with the `site-registration` API token (see
 * `packages/schemas/src/registration-api.ts`). Each handler is its own permission action,
 * `api::registration.registration.<handler>`, which only that token is given.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/registrations',
      handler: 'registration.register',
    },
    {
      method: 'GET',
      path: '/registrations/availability/:documentId',
      handler: 'registration.availability',
    },
    {
      method: 'POST',
      path: '/registrations/cancellation/preview',
      handler: 'registration.previewCancellation',
    },
    {
      method: 'POST',
      path: '/registrations/cancellation',
      handler: 'registration.cancel',
    },
  ],
};
