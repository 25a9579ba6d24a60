import type { Messages } from "../fi";
import { common } from './common';
import { situation } from './situation';
import { summary } from './summary';

export const sv: Messages = { common, situation, summary };
