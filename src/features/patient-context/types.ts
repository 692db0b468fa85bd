/** The parts of a commission (medarbetaruppdrag) this feature needs; the app passes the auth feature's. */
export type CommissionLike = {
  commissionHsaId: string;
  commissionPurpose: string;
  healthCareUnitHsaId: string;
  healthCareUnitName: string;
  healthCareProviderHsaId: string;
  healthCareProviderName: string;
};

/** Who is working, as far as this feature cares: from useAuth() in the app. */
export type Worker = {
  status: 'loading' | 'anonymous' | 'authenticated';
  employeeHsaId: string | null;
  activeCommission: CommissionLike | null;
};
