import { createContext, useContext } from 'react';
import type { Commission, StaffProfile } from './claims';

/** Why a tab is logged out: the person asked, nobody was there, or another tab logged out. */
export type LogoutReason = 'user' | 'idle' | 'other-tab';

export type AuthContextValue = {
  status: 'loading' | 'anonymous' | 'authenticated';
  /** A Swedish message when the last login attempt failed. */
  error: string | null;
  profile: StaffProfile | null;
  activeCommission: Commission | null;
  /** Logged in with several commissions and none chosen yet in this tab. */
  needsCommissionChoice: boolean;
  login: (returnTo?: string) => Promise<void>;
  /** Finishes the redirect back from the provider; resolves to where the user was going. */
  completeLogin: () => Promise<string>;
  chooseCommission: (commissionHsaId: string) => void;
  logout: (reason?: LogoutReason) => Promise<void>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
