/** Who uses the messages screens, in which commission: given by the app (features share no state). */
export type MessagesContext = {
  employeeHsaId: string;
  commissionHsaId: string;
  careUnitName: string;
};
