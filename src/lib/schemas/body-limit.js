/**
 * The largest request body the server reads, in bytes: adapter-node's BODY_SIZE_LIMIT (set by
 * scripts/serve.mjs), the JSON endpoints' own check and the sync client's batch budget are this one
 * number. Plain JavaScript so that scripts/serve.mjs can import it without a build.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
