import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's REST API reads `?status=draft` (and any value other than `published`) as a
 * request for drafts, for anyone allowed to `find` (strapi/strapi#21388). The public site
 * must only ever serve published content, so every content-API request is pinned to it.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (ctx.path.startsWith('/api/') && ctx.query && 'status' in ctx.query) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
