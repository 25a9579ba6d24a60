import { handleAnswerProposal } from '$lib/server/landlord-share/endpoints';
import { landlordShareContext } from '$lib/server/landlord-share/runtime';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) => handleAnswerProposal(event, landlordShareContext());
