export {
  existingPageCache,
  PageCache,
  sharedPageCache,
  type CachedPage,
  type PageCacheOptions,
  type PageToStore,
} from './page-cache';
export { chooseEncoding, isNotModified, pageCacheKey, sendPage, type Encoding } from './http';
