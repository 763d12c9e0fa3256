/**
 * The demo resident's phone signs in from several files: the browser tests' server waits this long
 * between two codes to one phone (RESIDENT_CODE_RESEND_SECONDS, its least) instead of the default
 * minute, which the files waited out one after another.
 */
export const CODE_RESEND_SECONDS = 10;
