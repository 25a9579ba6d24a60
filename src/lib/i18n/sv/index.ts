import type { Messages } from '../fi/index';
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

export const sv: Messages = {
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
