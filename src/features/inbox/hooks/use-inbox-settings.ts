import { useContext } from 'react';
import { InboxSettingsContext, type InboxSettings } from '../settings';

/** The inbox's timing: the defaults, or what an InboxSettingsProvider above gives. */
export const useInboxSettings = (): Readonly<InboxSettings> => useContext(InboxSettingsContext);
