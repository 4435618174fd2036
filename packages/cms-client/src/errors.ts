/** Base class, so the site can tell CMS failures from its own bugs with one `instanceof`. */
export class CmsError extends Error {
  /** The path as passed to the client, e.g. `/sessions`. */
  readonly path: string;
  /** The full URL requested, for server logs; never shown to readers. */
  readonly url: string;

  constructor(message: string, path: string, url: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.path = path;
    this.url = url;
  }
}

/**
 * The CMS could not be reached or did not answer in time: the site shows a 503 and may retry.
 * Also used for 502/503/504, which reach us from a proxy or a CMS that is (re)starting.
 */
export class CmsUnavailableError extends CmsError {
  readonly timedOut: boolean;
  /** Set when the CMS, or a proxy in front of it, answered with 502/503/504. */
  readonly status: number | undefined;

  constructor(
    path: string,
    url: string,
    reason: string,
    options: { timedOut?: boolean; status?: number; cause?: unknown } = {},
  ) {
    super(`CMS unavailable for ${path}: ${reason}`, path, url, { cause: options.cause });
    this.timedOut = options.timedOut ?? false;
    this.status = options.status;
  }
}

/** The CMS answered with an error status (404 when a document does not exist, 403, 500…). */
export class CmsHttpError extends CmsError {
  readonly status: number;
  /** Strapi's error name, e.g. `NotFoundError`, `ForbiddenError`, `ValidationError`. */
  readonly strapiName: string | undefined;
  readonly strapiMessage: string | undefined;
  readonly details: unknown;

  constructor(
    path: string,
    url: string,
    status: number,
    error: { name?: string; message?: string; details?: unknown } = {},
  ) {
    const reason = error.message ?? error.name ?? 'no error body';
    super(`CMS responded ${status} for ${path}: ${reason}`, path, url);
    this.status = status;
    this.strapiName = error.name;
    this.strapiMessage = error.message;
    this.details = error.details;
  }
}

/** A readable issue: `data[0].venues[1].city: Invalid option: expected one of …`. */
export type CmsResponseIssue = { path: string; message: string };

/**
 * The CMS answered 2xx with something that is not JSON or not the expected shape: a content model
 * and the schemas have drifted apart. The site logs it and shows a friendly 500.
 */
export class CmsResponseError extends CmsError {
  readonly issues: readonly CmsResponseIssue[];
  readonly summary: string;

  constructor(
    path: string,
    url: string,
    summary: string,
    issues: readonly CmsResponseIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(`Malformed CMS response for ${path}: ${summary}`, path, url, options);
    this.summary = summary;
    this.issues = issues;
  }
}
