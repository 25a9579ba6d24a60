export { applyPush, isProtectedField } from './push';
export { pull } from './pull';
export { withWriteTransaction } from './write-transaction';
export { handlePush, handlePull, type SyncEndpointOptions } from './endpoints';
