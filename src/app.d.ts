// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Role } from '$lib/server/db/schema';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Set by hooks.server.ts from the Auth.js database session; null when signed out. */
			user: { id: string; email: string; role: Role } | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

declare module '@auth/core/types' {
	/**
	 * What the session callback (lib/server/auth/config.ts) returns and GET /auth/session shows to
	 * page scripts: the email and role, never the session token or the user id.
	 */
	interface Session {
		user: { email: string; role: Role };
	}
	/** "User".role, read back by the Kysely adapter with the rest of the row. */
	interface User {
		role?: Role;
	}
}

export {};
