/**
 * The landlord list the situation map offers: the list admins keep on the server, kept on the
 * device for offline use (`loadCached`), and until the first answer the list the app was built
 * with, so the map works offline from the first visit. The rules over the list (duplicates,
 * retired ids) stay in lib/domain/landlords.ts, which takes these lists as arguments.
 */
import { LANDLORDS, RETIRED_LANDLORDS, type Landlord } from '$lib/domain/landlords';
import { fetchLandlords } from '$lib/api/landlords';
import { landlordListSchema } from '$lib/schemas/landlords';
import { loadCached } from './cached';

class LandlordListState {
	landlords = $state.raw<readonly Landlord[]>(LANDLORDS);
	retired = $state.raw<readonly Landlord[]>(RETIRED_LANDLORDS);
	#loading: Promise<void> | undefined;

	/** Loads once per page load; later calls share the first. */
	refresh(): Promise<void> {
		this.#loading ??= loadCached(fetchLandlords, 'landlords', landlordListSchema).then((loaded) => {
			if (loaded.kind !== 'ok') return;
			this.landlords = loaded.value.landlords;
			this.retired = loaded.value.retired;
		});
		return this.#loading;
	}
}

export const landlordList = new LandlordListState();
