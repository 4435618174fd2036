import { z } from 'zod';
import { documentFields, populatedList, Slug } from './document';
import { ReportRef } from './report';

const topicFields = {
  ...documentFields,
  name: z.string().min(1),
  slug: Slug,
};

export const TopicBase = z.object(topicFields);
export type TopicBase = z.infer<typeof TopicBase>;

/** A subject a report covers, used as a filter on the site. */
export const Topic = z.object({
  ...topicFields,
  get reports() {
    return populatedList(ReportRef);
  },
});
export type Topic = z.infer<typeof Topic>;
