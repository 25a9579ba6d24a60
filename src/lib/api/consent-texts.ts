/**
 * The consent text calls (src/lib/server/consent/README.md, "Text versions"): the current
 * versions with their texts, one version by name (a version never changes, so the browser may
 * keep it in its HTTP cache; the service worker never caches /api/), and the admin's list and
 * publish.
 */
import {
	consentTextListSchema,
	consentTextVersionSchema,
	currentConsentTextsSchema,
	publishedConsentTextSchema,
	type PublishConsentTextBody
} from '$lib/schemas/consent-texts';
import { getJson, request, sendJson } from './client';

export const fetchCurrentConsentTexts = () =>
	getJson('/api/consent-texts/current', currentConsentTextsSchema);

export const fetchConsentTextVersion = (version: string) =>
	request(`/api/consent-texts/${encodeURIComponent(version)}`, consentTextVersionSchema, {
		cache: 'default'
	});

export const fetchConsentTextList = () =>
	getJson('/api/admin/consent-texts', consentTextListSchema);

export const publishConsentText = (body: PublishConsentTextBody) =>
	sendJson('/api/admin/consent-texts', body, publishedConsentTextSchema);
