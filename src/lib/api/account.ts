/** The signed-in person's account: the data export and erasure. */
import { z } from 'zod/mini';
import { send, sendJson, type ApiResult } from './client';

/** The export as a file to save: its body and the name the server suggests. */
export async function downloadExport(): Promise<{ blob: Blob; name: string } | null> {
	const res = await send('/api/account/export');
	if (!res?.ok) return null;
	const name =
		/filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
		'vuokra-apu.json';
	return { blob: await res.blob(), name };
}

/** DELETE /api/account: erases the account and everything in it. */
export function deleteAccount(): Promise<ApiResult<unknown>> {
	return sendJson('/api/account', { confirm: 'delete' }, z.unknown(), { method: 'DELETE' });
}
