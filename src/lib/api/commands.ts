/**
 * The transport of queued commands (`$lib/sync/pending-client`): one request per command, with
 * its `requestId` as Idempotency-Key so a retry after a lost reply is answered with the first
 * outcome. The body of a refusal is kept as the server sent it (it is stored with the command and
 * read with `readProblem` when shown).
 */
import { send, type Fetch } from './client';

export interface CommandRequest {
	url: string;
	method: string;
	requestId: string;
	body: unknown;
}

export type CommandAnswer = { offline: true } | { offline: false; status: number; body: unknown };

export async function sendCommandRequest(
	command: CommandRequest,
	fetchFn?: Fetch
): Promise<CommandAnswer> {
	const response = await send(
		command.url,
		{
			method: command.method,
			headers: {
				'content-type': 'application/json',
				accept: 'application/json',
				'idempotency-key': command.requestId
			},
			body: JSON.stringify(command.body)
		},
		fetchFn
	);
	if (!response) return { offline: true };
	const body: unknown = await response.json().catch(() => null);
	return { offline: false, status: response.status, body };
}
