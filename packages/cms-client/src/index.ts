export {
  createCmsClient,
  type CmsClient,
  type CmsClientOptions,
  type CmsRequestInit,
  type FindAllOptions,
} from './client';
export {
  CmsError,
  CmsHttpError,
  CmsResponseError,
  CmsUnavailableError,
  type CmsResponseIssue,
} from './errors';
export { buildQueryString, type StrapiQuery } from './query';
