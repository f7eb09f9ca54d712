import type { Message } from './types';

/** Strings of the options page. */
export const optionsMessages = {} satisfies Record<string, Message>;
