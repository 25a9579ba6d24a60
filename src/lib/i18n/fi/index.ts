import { account } from './account';
import { common } from './common';
import { situation } from './situation';
import { summary } from './summary';
import { sync } from './sync';
import { consent } from './consent';
import { advisor } from './advisor';
import { privacy } from './privacy';
import { advisorPlan } from './advisorPlan';
import { plan } from './plan';
import { booking } from './booking';
import { landlordCodes } from './landlordCodes';
import { admin } from './admin';
import { landlordShare } from './landlordShare';

/** Finnish is the source language: its shape is the type every translation must satisfy. */
export const fi = {
	common,
	situation,
	summary,
	sync,
	account,
	advisor,
	plan,
	privacy,
	advisorPlan,
	consent,
	booking,
	landlordCodes,
	admin,
	landlordShare
};
export type Messages = typeof fi;
