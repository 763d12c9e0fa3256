/** Whitespace a tidy text has not: two together, one other than a space, or one at an end. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/**
 * The text trimmed, its whitespace runs one space each. Most texts are tidy already (issue 15: an
 * import tidies some twenty cells a row): testing is cheaper than rewriting them.
 */
export function tidySpaces(value: string): string {
  return UNTIDY.test(value) ? value.trim().replace(/\s+/g, ' ') : value;
}
