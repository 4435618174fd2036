import type { Core } from '@strapi/strapi';
import { availability } from '../lib/availability';
import { cancel, previewCancellation } from '../lib/cancellation';
import { RegistrationRefusal, refusalBody } from '../lib/errors';
import { register } from '../lib/register';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Answers with the contract's error body for refusals; anything else is Strapi's 500. */
async function answer(ctx: Context, status: number, work: () => Promise<unknown>): Promise<void> {
  try {
    const data = await work();
    ctx.status = status;
    ctx.body = { data };
  } catch (error) {
    if (!(error instanceof RegistrationRefusal)) throw error;
    ctx.status = error.status;
    ctx.body = refusalBody(error);
  }
}

/**
 * Only these four actions exist for registrations on the content API, and only the
 * `site-registration` token holds them. No core action (find, create, …) is routed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async register(ctx: Context) {
    await answer(ctx, 201, () => register(strapi, ctx.request.body));
  },

  async availability(ctx: Context) {
    const documentId = String(ctx.params.documentId ?? '');
    await answer(ctx, 200, () => availability(strapi, documentId));
  },

  async previewCancellation(ctx: Context) {
    await answer(ctx, 200, () => previewCancellation(strapi, ctx.request.body));
  },

  async cancel(ctx: Context) {
    await answer(ctx, 200, () => cancel(strapi, ctx.request.body));
  },
});
