/** Landlord organisations, staff and referral codes (README.md in this folder). */
export { staffOrgOf, orgForLandlordKey, organisationNames, type StaffOrg } from './staff';
export {
	requireStaffOrg,
	landlordEndpoint,
	type LandlordEndpointContext,
	type LandlordEndpointInput
} from './guard';
export { attachCodeToTenant, codesOfTenant, markCodeConsented, type AttachedCode } from './codes';
