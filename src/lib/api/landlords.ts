/** The situation map's landlord list (public; admins edit it through `api/admin.ts`). */
import { landlordListSchema } from '$lib/schemas/landlords';
import { getJson } from './client';

export const fetchLandlords = () => getJson('/api/landlords', landlordListSchema);
