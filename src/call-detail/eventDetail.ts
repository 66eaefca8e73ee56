// A tool call's arguments as they come (usually JSON text): as key/value pairs a person can read, or
// null when the detail is not a JSON object (then it is shown as the text it is).

export function detailEntries(detail: string): [key: string, value: string][] | null {
  const text = detail.trim();
  if (!text.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => [key, valueText(value)]);
}

function valueText(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
