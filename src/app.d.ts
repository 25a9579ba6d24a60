// See https://svelte.dev/docs/kit/types#app.d.ts
import type { DefaultSession } from '@auth/core/types';
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
	/** The session callback (lib/server/auth) adds the user's id and role. */
	interface Session {
		user: { id: string; email: string; role: Role } & DefaultSession['user'];
	}
	/** "User".role, read back by the Kysely adapter with the rest of the row. */
	interface User {
		role?: Role;
	}
}

export {};
