/** Reporting limits the browser follows too; kept apart from the zod schemas so client components do not bundle zod. */

/** Visible time is reported in slices of at most ten minutes. */
export const MAX_VISIBLE_MS_PER_REPORT = 10 * 60 * 1000;
