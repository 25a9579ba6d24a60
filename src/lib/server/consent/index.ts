export { activeConsentCategories, consentStatuses, findSubjectId } from './access';
export {
	recordConsentErasure,
	exportConsentLedger,
	giveConsent,
	withdrawConsent,
	listConsents
} from './consents';
export { viewCase, listCases } from './case-view';
export { recordContact, listContacts, listAccessLog } from './contacts';
export { verifyLedger, GENESIS_HASH, type LedgerVerification } from './ledger';
export * from './endpoints';
