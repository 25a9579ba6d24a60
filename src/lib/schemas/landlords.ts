/** The landlord list as the server gives it (GET /api/landlords) and as an admin edits it. */
import { z } from 'zod/mini';
import { trimmedOneLine } from './text';

export const landlordEntrySchema = z.object({
	id: z.string(),
	name: z.string(),
	acceptableArrearsMonths: z.optional(z.number())
});

export const landlordListSchema = z.object({
	landlords: z.array(landlordEntrySchema),
	retired: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() }))
});
export type LandlordList = z.infer<typeof landlordListSchema>;

/** New ids are stored in tenants' `home.landlordId`: lower-case words joined by hyphens. */
export const LANDLORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** PUT /api/admin/landlords/[id]: add or change one entry; a reason retires it for good. */
export const landlordBodySchema = z.object({
	name: trimmedOneLine(2, 120),
	acceptableArrearsMonths: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
	retiredReason: z.nullable(trimmedOneLine(3, 300))
});
export type LandlordBody = z.infer<typeof landlordBodySchema>;
