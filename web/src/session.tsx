import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, configureClient, getMe, type LoginResponse, type Me } from './api/client';

const TOKEN_KEY = 'pamong.token';
const EXPIRES_KEY = 'pamong.expiresAt';

/** Why the user is looking at the login page, when there is something to say. */
export type SignedOutReason = 'expired' | 'signedOut' | 'tenant-suspended';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason?: SignedOutReason }
  | { status: 'failed'; error: unknown }
  | { status: 'signedIn'; me: Me };

// sessionStorage: the token dies with the tab, and other tabs do not inherit a signed-in session.
function readToken(): string | null {
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const expiresAt = Date.parse(sessionStorage.getItem(EXPIRES_KEY) ?? '');
    if (token && !(expiresAt <= Date.now())) return token;
  } catch {
    // Storage blocked: behave as signed out.
  }
  return null;
}

function writeToken(token: string | null, expiresAt?: string): void {
  try {
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      sessionStorage.setItem(EXPIRES_KEY, expiresAt ?? '');
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(EXPIRES_KEY);
    }
  } catch {
    // Blocked storage only means the session does not survive a reload.
  }
}

let currentToken: string | null = readToken();

interface Session {
  state: SessionState;
  signIn: (login: LoginResponse) => Promise<void>;
  signOut: (reason?: SignedOutReason) => void;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>(() =>
    currentToken ? { status: 'loading' } : { status: 'signedOut' },
  );

  const signOut = useCallback((reason: SignedOutReason = 'signedOut') => {
    currentToken = null;
    writeToken(null);
    setState({ status: 'signedOut', reason });
  }, []);

  const loadMe = useCallback(async () => {
    try {
      const me = await getMe();
      setState({ status: 'signedIn', me });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) signOut('expired');
      else if (err instanceof ApiError && err.type === 'tenant-suspended') signOut('tenant-suspended');
      else setState({ status: 'failed', error: err });
    }
  }, [signOut]);

  useEffect(() => {
    configureClient({
      getToken: () => currentToken,
      onUnauthorized: () => signOut('expired'),
    });
    if (currentToken) void loadMe();
  }, [loadMe, signOut]);

  // The expiry time is known, so end the session then instead of waiting for the next 401.
  useEffect(() => {
    if (state.status !== 'signedIn') return;
    const expiresAt = Date.parse(sessionStorage.getItem(EXPIRES_KEY) ?? '');
    if (Number.isNaN(expiresAt)) return;
    const ms = expiresAt - Date.now();
    // setTimeout overflows past ~24.8 days; such a token is simply not timed here.
    if (ms > 2 ** 31 - 1) return;
    const timer = setTimeout(() => signOut('expired'), Math.max(0, ms));
    return () => clearTimeout(timer);
  }, [state, signOut]);

  const value = useMemo<Session>(
    () => ({
      state,
      signIn: async (login) => {
        currentToken = login.token;
        writeToken(login.token, login.expiresAt);
        setState({ status: 'loading' });
        await loadMe();
      },
      signOut,
      reload: () => {
        setState({ status: 'loading' });
        void loadMe();
      },
    }),
    [state, loadMe, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** For pages rendered only inside the signed-in layout. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe without a signed-in session');
  return state.me;
}

/** What the signed-in user may do on the admin pages; the API enforces the same rules. */
export function useRole() {
  const me = useMe();
  const role = me.user.role;
  return {
    role,
    /** A tenant or agency admin: manages records (an agency admin, those of their own agency). */
    admin: role === 'tenant-admin' || role === 'agency-admin',
    /** A tenant admin: sees and manages the whole tenant. */
    tenantWide: role === 'tenant-admin',
    supervisor: role === 'supervisor',
    ownAgencyId: me.user.agencyId,
    /** May change (edit, place) an employee of this agency: a tenant admin always, an agency admin in their own. */
    mayWrite: (agencyId: string | null | undefined): boolean =>
      role === 'tenant-admin' ||
      (role === 'agency-admin' && !!agencyId && !!me.user.agencyId && agencyId === me.user.agencyId),
  };
}
