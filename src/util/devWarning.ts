// Advice for the developer embedding us, in development builds only, each message once per page.
const said = new Set<string>();

/** Bundlers write the mode in place of `process.env.NODE_ENV`; without one there is no `process`: quiet. */
function development(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

export function warnOnce(id: string, message: string): void {
  if (said.has(id) || !development()) return;
  said.add(id);
  console.warn(`[@talkturo/components-react] ${message}`);
}
