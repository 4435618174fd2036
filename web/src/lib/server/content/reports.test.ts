import { describe, expect, it } from 'vitest';
import { parseReportFilters, reportFilterQuery, searchTerms } from './reports';

describe('parseReportFilters', () => {
  it('reads every filter from the URL', () => {
    const filters = parseReportFilters(
      new URLSearchParams(
        'kind=overseas&country=vietnam&topic=recruitment-fees&year=2019&q=手数料&page=2',
      ),
    );
    expect(filters).toEqual({
      kind: 'overseas',
      country: 'vietnam',
      topic: 'recruitment-fees',
      year: 2019,
      q: '手数料',
      page: 2,
    });
  });

  it('ignores empty and invalid values instead of failing the page', () => {
    const filters = parseReportFilters(
      new URLSearchParams('kind=other&year=abc&page=-3&q=&country='),
    );
    expect(filters).toEqual({ page: 1 });
  });
});

describe('searchTerms', () => {
  it('folds full-width input and splits on any whitespace, including the ideographic space', () => {
    expect(searchTerms('ＩＬＯ\u3000技能実習  手数料')).toEqual(['ILO', '技能実習', '手数料']);
  });

  it('caps the number of terms', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('reportFilterQuery', () => {
  it('needs every term somewhere in title, summary or body, as a substring', () => {
    const query = reportFilterQuery({ q: '送出し 費用', page: 1 });
    expect(query).toEqual({
      $and: [
        {
          $or: [
            { title: { $containsi: '送出し' } },
            { summary: { $containsi: '送出し' } },
            { body: { $containsi: '送出し' } },
          ],
        },
        {
          $or: [
            { title: { $containsi: '費用' } },
            { summary: { $containsi: '費用' } },
            { body: { $containsi: '費用' } },
          ],
        },
      ],
    });
  });

  it('filters by kind, relations and a calendar year', () => {
    expect(
      reportFilterQuery({
        kind: 'domestic',
        country: 'japan',
        topic: 'wages',
        year: 2019,
        page: 1,
      }),
    ).toEqual({
      $and: [
        { kind: { $eq: 'domestic' } },
        { countries: { slug: { $eq: 'japan' } } },
        { topics: { slug: { $eq: 'wages' } } },
        { publishedOn: { $gte: '2019-01-01', $lte: '2019-12-31' } },
      ],
    });
  });

  it('is empty without filters', () => {
    expect(reportFilterQuery({ page: 1 })).toEqual({});
  });
});
