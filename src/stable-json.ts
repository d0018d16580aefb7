// JSON with a fixed layout: two-space indent, `\n` line ends, a final newline. Object keys keep
// their insertion order, which the code that builds each object fixes, so equal values give
// equal bytes.

export function toStableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
