import { describe, expect, it } from 'vitest';
import { buildQueryString } from './query';

describe('buildQueryString', () => {
  it('is empty without parameters', () => {
    expect(buildQueryString(undefined)).toBe('');
    expect(buildQueryString({})).toBe('');
  });

  it('uses bracket notation for nested filters, populate, fields, sort and pagination', () => {
    const search = buildQueryString({
      filters: { slug: { $eq: 'round-table-1' }, venues: { city: { $in: ['tokyo', 'osaka'] } } },
      populate: { venues: true, lecturers: { fields: ['name', 'affiliation'] } },
      fields: ['title', 'slug'],
      sort: ['ordinal:desc'],
      pagination: { page: 2, pageSize: 10 },
      locale: 'en',
      status: 'published',
    });
    expect(search.split('&')).toEqual([
      '?filters[slug][$eq]=round-table-1',
      'filters[venues][city][$in][0]=tokyo',
      'filters[venues][city][$in][1]=osaka',
      'populate[venues]=true',
      'populate[lecturers][fields][0]=name',
      'populate[lecturers][fields][1]=affiliation',
      'fields[0]=title',
      'fields[1]=slug',
      'sort[0]=ordinal%3Adesc',
      'pagination[page]=2',
      'pagination[pageSize]=10',
      'locale=en',
      'status=published',
    ]);
  });

  it('encodes values but leaves keys readable', () => {
    expect(buildQueryString({ filters: { title: { $containsi: '技能 実習&' } } })).toBe(
      '?filters[title][$containsi]=%E6%8A%80%E8%83%BD%20%E5%AE%9F%E7%BF%92%26',
    );
  });

  it('passes a populate wildcard through', () => {
    expect(buildQueryString({ populate: '*', locale: 'ja' })).toBe('?populate=%2A&locale=ja');
  });

  it('round-trips through the parser Strapi uses', async () => {
    const { default: qs } = await import('qs');
    const query = { filters: { slug: { $eq: 'a b/c' } }, populate: { venues: true } };
    expect(qs.parse(buildQueryString(query).slice(1))).toEqual({
      filters: { slug: { $eq: 'a b/c' } },
      populate: { venues: 'true' },
    });
  });
});
