export { applyPush, isProtectedField } from './push';
export { pull } from './pull';
export { withWriteTransaction } from './write-transaction';
