import { adminContext } from '$lib/server/admin/runtime';
import { handleListConsentTexts, handlePublishConsentText } from '$lib/server/admin/endpoints';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) => handleListConsentTexts(event, adminContext());
export const POST: RequestHandler = (event) => handlePublishConsentText(event, adminContext());
