export { defaultLocale, isLocale, LocaleSchema, locales, type Locale } from './locale';

export { Country, CountryBase } from './content/country';
export {
  componentFields,
  documentFields,
  documentRef,
  Markdown,
  populatedList,
  populatedOne,
  Slug,
  systemFieldNames,
} from './content/document';
export { Media, MediaFormat } from './content/media';
export { Minutes, MinutesBase, MinutesRef } from './content/minutes';
export { ParticipantGroup } from './content/participant-group';
export { Person } from './content/person';
export { Report, ReportBase, ReportKind, ReportRef, reportKinds } from './content/report';
export {
  components,
  contentTypes,
  type ComponentUid,
  type ContentTypeUid,
} from './content/registry';
export {
  Session,
  SessionBase,
  SessionRef,
  SessionStatus,
  sessionStatuses,
} from './content/session';
export { SiteSettings } from './content/site-settings';
export { Topic, TopicBase } from './content/topic';
export { SessionVenue, VenueCity, venueCities } from './content/venue';

export {
  collectionResponse,
  Pagination,
  singleResponse,
  StrapiErrorBody,
  type CollectionResponse,
  type SingleResponse,
} from './strapi-response';

export { hasNoControlCharacters, normalizePhone, normalizeText } from './normalize';
export { isValidPhone } from './phone';
export {
  formatRegistrationMessage,
  isRegistrationMessageKey,
  parseRegistration,
  registrationFields,
  registrationLimits,
  registrationMessageKeys,
  registrationMessages,
  registrationSchema,
  registrationValues,
  registrationVenues,
  validateRegistration,
  type Registration,
  type RegistrationField,
  type RegistrationCheck,
  type RegistrationFieldErrors,
  type RegistrationIssue,
  type RegistrationIssues,
  type RegistrationMessageKey,
  type RegistrationResult,
  type RegistrationValues,
} from './registration';
export {
  AvailabilityResponse,
  CancellationDone,
  CancellationPreview,
  CancellationRequest,
  fewSeatsThreshold,
  RegistrationAccepted,
  RegistrationErrorCode,
  RegistrationErrorDetails,
  registrationErrorCodes,
  RegistrationRequest,
  RegistrationStatus,
  VenueAvailability,
  VenueState,
} from './registration-api';
