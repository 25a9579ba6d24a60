import { common } from './common';
import { situation } from './situation';
import { summary } from './summary';

/** Finnish is the source language: its shape is the type every translation must satisfy. */
export const fi = { common, situation, summary };
export type Messages = typeof fi;
