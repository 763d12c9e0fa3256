/**
 * A pure string function remembered per input, for the values an import repeats on every row
 * (streets, house numbers). Bounded: at `maxEntries` the memory is emptied and starts again, and
 * inputs longer than `maxInputLength` are not kept (a file may have a million distinct cells).
 */
export function boundedMemo(
  fn: (input: string) => string,
  maxEntries = 10_000,
  maxInputLength = 200,
): (input: string) => string {
  const known = new Map<string, string>();
  return (input) => {
    const hit = known.get(input);
    if (hit !== undefined) return hit;
    const output = fn(input);
    if (input.length <= maxInputLength) {
      if (known.size >= maxEntries) known.clear();
      known.set(input, output);
    }
    return output;
  };
}
