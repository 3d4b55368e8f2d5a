// Who is signed in: the bearer token and what it says (role, jurisdiction), kept in localStorage.
const KEY = 'registry.token';

function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export const session = {
  get token() { return localStorage.getItem(KEY); },
  get claims() { return this.token ? claims(this.token) : null; },
  get role() { return this.claims?.role ?? null; },
  get jurisdiction() { return this.claims?.jurisdiction ?? null; },
  get signedIn() {
    const c = this.claims;
    return !!c && (!c.exp || c.exp * 1000 > Date.now());
  },
  signIn(token) {
    localStorage.setItem(KEY, token);
    window.dispatchEvent(new Event('registry:session'));
  },
  signOut() {
    localStorage.removeItem(KEY);
    window.dispatchEvent(new Event('registry:session'));
  },
  expired() { this.signOut(); },
};
