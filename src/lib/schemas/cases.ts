/**
 * Wire shapes of case work and the outcome report (issue 15), shared by the server's endpoints
 * and the browser's `lib/api/cases.ts`.
 */
import { z } from 'zod/mini';
import {
	CASE_OUTCOMES,
	CASE_SOURCES,
	CASE_STATUSES,
	QUARTER_PATTERN,
	TASK_KINDS,
	URGENCIES
} from '$lib/domain/cases';
import { EVICTION_STAGES } from '$lib/domain/eviction';
import { trimmedNote, trimmedOneLine } from './text';

export const MAX_CASE_NOTE = 2000;
export const MAX_TASK_TITLE = 200;
export const MAX_DISPLAY_NAME = 80;

export const caseStatusSchema = z.enum(CASE_STATUSES);
export const caseOutcomeSchema = z.enum(CASE_OUTCOMES);
export const taskKindSchema = z.enum(TASK_KINDS);
const dateSchema = z.iso.date();

/** GET /api/advisor/case-list query. `advisor`: an advisor id, `me` or `none` (unassigned). */
export const caseListQuerySchema = z.strictObject({
	status: z.optional(z.enum([...CASE_STATUSES, 'open'] as const)),
	advisor: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/))),
	urgency: z.optional(z.enum(URGENCIES))
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const personSchema = z.object({ id: z.string(), name: z.nullable(z.string()) });

export const caseSummarySchema = z.object({
	id: z.string(),
	ref: z.string(),
	/** The tenant's account, for the consented case view; null once the account is erased. */
	tenantId: z.nullable(z.string()),
	status: caseStatusSchema,
	source: z.enum(CASE_SOURCES),
	advisor: z.nullable(personSchema),
	urgency: z.enum(URGENCIES),
	firstStage: z.nullable(z.enum(EVICTION_STAGES)),
	openedAt: z.iso.datetime(),
	openTasks: z.number(),
	nextDue: z.nullable(dateSchema)
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export const caseListSchema = z.object({
	cases: z.array(caseSummarySchema),
	advisors: z.array(personSchema)
});
export type CaseList = z.infer<typeof caseListSchema>;

export const caseNoteSchema = z.object({
	id: z.string(),
	author: z.string(),
	body: z.string(),
	createdAt: z.iso.datetime()
});
export type CaseNote = z.infer<typeof caseNoteSchema>;

export const caseTaskSchema = z.object({
	id: z.string(),
	kind: taskKindSchema,
	title: z.string(),
	dueDate: dateSchema,
	doneAt: z.nullable(z.iso.datetime()),
	/** A follow-up's answer: kept / recurred. */
	answer: z.nullable(z.boolean())
});
export type CaseTask = z.infer<typeof caseTaskSchema>;

export const caseBookingSchema = z.object({
	id: z.string(),
	startsAt: z.iso.datetime(),
	status: z.string(),
	channel: z.string()
});

export const caseDetailSchema = z.object({
	case: z.extend(caseSummarySchema, {
		firstContactAt: z.nullable(z.iso.datetime()),
		firstArrearsCents: z.nullable(z.number()),
		firstArrearsMonths: z.nullable(z.number()),
		planAgreedAt: z.nullable(z.iso.datetime()),
		closedAt: z.nullable(z.iso.datetime()),
		outcome: z.nullable(caseOutcomeSchema),
		recurred: z.nullable(z.boolean())
	}),
	notes: z.array(caseNoteSchema),
	tasks: z.array(caseTaskSchema),
	bookings: z.array(caseBookingSchema),
	advisors: z.array(personSchema)
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** PATCH-like POST /api/advisor/case-list/[caseId]: move the status and/or (re)assign. */
export const updateCaseBodySchema = z.strictObject({
	status: z.optional(z.enum(['active', 'planAgreed', 'following'] as const)),
	/** An advisor id, or null to unassign. */
	advisorId: z.optional(z.nullable(z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/))))
});
export type UpdateCaseBody = z.infer<typeof updateCaseBodySchema>;

export const closeCaseBodySchema = z.strictObject({ outcome: caseOutcomeSchema });

export const addNoteBodySchema = z.strictObject({ body: trimmedNote(1, MAX_CASE_NOTE) });

export const addTaskBodySchema = z.strictObject({
	title: trimmedOneLine(1, MAX_TASK_TITLE),
	dueDate: dateSchema
});

/** Completing a task; a follow-up needs its yes/no answer, a manual task takes none. */
export const completeTaskBodySchema = z.strictObject({ answer: z.optional(z.boolean()) });

export const displayNameBodySchema = z.strictObject({
	displayName: trimmedOneLine(2, MAX_DISPLAY_NAME)
});

// --- the outcome report --------------------------------------------------------------------

export const reportQuerySchema = z.strictObject({
	from: z.optional(z.string().check(z.regex(QUARTER_PATTERN))),
	to: z.optional(z.string().check(z.regex(QUARTER_PATTERN))),
	format: z.optional(z.enum(['json', 'csv'] as const))
});

const cellSchema = z.nullable(z.number());

export const reportRowSchema = z.object({
	quarter: z.string(),
	/** A landlord partner's id, '' for cases without one, '*' for all of the quarter. */
	partner: z.string(),
	partnerName: z.nullable(z.string()),
	/** `reportCellKeys()` (domain/report.ts) -> count, null where suppressed. */
	cells: z.record(z.string(), cellSchema)
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportSchema = z.object({
	generatedAt: z.iso.datetime(),
	minCell: z.number(),
	quarters: z.array(z.string()),
	rows: z.array(reportRowSchema)
});
export type Report = z.infer<typeof reportSchema>;
