/**
 * Where each role lands after signing in. Tenants keep their account page (what happens to what
 * they typed before signing in is asked there); staff go to their own pages, which nothing in the
 * tenant's navigation links to.
 */
export type HomeRole = 'tenant' | 'advisor' | 'admin' | 'landlord' | 'funder';

const HOMES: Record<HomeRole, string> = {
	tenant: '/account',
	advisor: '/advisor',
	admin: '/admin',
	landlord: '/landlord',
	funder: '/report'
};

export function homeForRole(role: string | null | undefined): string {
	return role !== null && role !== undefined && Object.hasOwn(HOMES, role)
		? HOMES[role as HomeRole]
		: HOMES.tenant;
}
