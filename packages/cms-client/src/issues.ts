import type { CmsResponseIssue } from './errors';

/** The parts of a zod issue the summary needs; keeps this module independent of zod's version. */
type IssueLike = { path: readonly PropertyKey[]; message: string };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export function toResponseIssues(issues: readonly IssueLike[]): CmsResponseIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line for the log: the first few issues, then how many more. */
export function summarizeIssues(issues: readonly CmsResponseIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; (+${more} more)` : shown.join('; ');
}
