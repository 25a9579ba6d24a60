/**
 * The error body every API endpoint answers with (a small subset of RFC 9457 problem details),
 * shared by the server's endpoint wrapper and the browser's API client. Pages decide what to say
 * from `code`, one value of PROBLEM_CODES, never from the English `message` (which is for
 * developers and logs) and never from a bare status number alone.
 */
import { z } from 'zod/mini';
import { PROBLEM_CODES } from './problem-codes';
import { issueSchema } from './sync';

export { PROBLEM_CODES, isProblemCode, type ProblemCode } from './problem-codes';

export const problemSchema = z.object({
	code: z.enum(PROBLEM_CODES),
	message: z.string(),
	issues: z.optional(z.array(issueSchema)),
	/** `not_pending`: the booking's status now, and who answered first (null: not an advisor). */
	status: z.optional(z.string()),
	answeredBy: z.optional(z.nullable(z.string()))
});
export type Problem = z.infer<typeof problemSchema>;
