/** Whether `url` is on this page's (or worker's) origin: such requests carry the page's cookies, as the media element's do. */
export function sameOrigin(url: string): boolean {
  if (typeof location === 'undefined') return false;
  try {
    return new URL(url, location.href).origin === new URL(location.href).origin;
  } catch {
    return false;
  }
}

/** Credentials for a fetch of a recording URL: the page's cookies same-origin, none elsewhere. */
export const credentialsFor = (url: string): RequestCredentials => (sameOrigin(url) ? 'same-origin' : 'omit');
