/** Where to go after signing in: a path of this site only (never another origin, never the sign-in page). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) {
    return '/todo';
  }
  return next;
}
