/** Account requests the browser sends. */
import { z } from 'zod/mini';

/** DELETE /api/account: the explicit word, so no stray request can erase an account. */
export const deleteAccountSchema = z.object({ confirm: z.literal('delete') });
export type DeleteAccount = z.infer<typeof deleteAccountSchema>;
