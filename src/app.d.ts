// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Set by hooks.server.ts from the database session; null when signed out. */
			user: { id: string; email: string; role: 'tenant' | 'advisor' | 'admin' } | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
