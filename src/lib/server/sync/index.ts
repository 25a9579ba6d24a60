export { applyPush, isProtectedField } from './push';
export { pull } from './pull';
export { handlePush, handlePull, type SyncEndpointOptions } from './endpoints';
