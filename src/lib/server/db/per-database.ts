import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * State kept per database handle (a cache, writes waiting to be sent). Keyed by the handle, not
 * held in a module variable: the tests run several databases in one process, and one handle's
 * state must never answer for another. Dropped with its handle.
 */
export function perDatabase<T>(make: (db: Kysely<Database>) => T): (db: Kysely<Database>) => T {
	const states = new WeakMap<Kysely<Database>, T>();
	return (db) => {
		let state = states.get(db);
		if (state === undefined) {
			state = make(db);
			states.set(db, state);
		}
		return state;
	};
}
