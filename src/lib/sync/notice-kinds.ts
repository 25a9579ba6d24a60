/**
 * The kinds of sync notice (see sync-notices.ts), without Dexie: components import these
 * statically, the store itself loads only for signed-in tenants.
 */
import type { Issue, SyncEntityName } from '$lib/schemas/sync';

export interface NoticeBase {
	id: string;
	entity: SyncEntityName;
	entityId: string;
	at: string;
}

export type SyncNotice =
	/** This device's edit replaced `value`, which another device had saved meanwhile. */
	| (NoticeBase & { kind: 'replaced'; field: string; value: unknown })
	/**
	 * The row was deleted on another device, so this device's edit (`fields`) was dropped. `row` is
	 * the whole row as this device had it; `version` is the delete's, to re-create the row on.
	 */
	| (NoticeBase & {
			kind: 'deleted';
			fields: Record<string, unknown>;
			row: Record<string, unknown> | null;
			version: number;
	  })
	/** The server refused the change (invalid or too large); `fields` were not sent. */
	| (NoticeBase & {
			kind: 'notSent';
			fields: Record<string, unknown>;
			issues: Issue[];
	  });

/** A replaced value or a dropped row can be put back; a refused change would be refused again. */
export function canRestore(notice: SyncNotice): boolean {
	return notice.kind !== 'notSent' && notice.entity !== 'conflicts';
}
