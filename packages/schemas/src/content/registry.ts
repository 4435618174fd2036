import { Country } from './country';
import { Minutes } from './minutes';
import { ParticipantGroup } from './participant-group';
import { Person } from './person';
import { Report } from './report';
import { Session } from './session';
import { SiteSettings } from './site-settings';
import { Topic } from './topic';
import { SessionVenue } from './venue';

/**
 * The public content types, keyed by Strapi uid, with the REST path the site reads them from.
 * The agreement test walks this list, so a type added here is checked against the CMS too.
 */
export const contentTypes = {
  'api::session.session': { kind: 'collectionType', path: '/sessions', schema: Session },
  'api::minute.minute': { kind: 'collectionType', path: '/minutes', schema: Minutes },
  'api::report.report': { kind: 'collectionType', path: '/reports', schema: Report },
  'api::country.country': { kind: 'collectionType', path: '/countries', schema: Country },
  'api::topic.topic': { kind: 'collectionType', path: '/topics', schema: Topic },
  'api::site-setting.site-setting': {
    kind: 'singleType',
    path: '/site-setting',
    schema: SiteSettings,
  },
} as const;
export type ContentTypeUid = keyof typeof contentTypes;

export const components = {
  'session.venue': SessionVenue,
  'shared.person': Person,
  'minutes.participant-group': ParticipantGroup,
} as const;
export type ComponentUid = keyof typeof components;
