import { useContext } from 'react';
import { MessageSettingsContext, type MessageSettings } from '../settings';

/** The messages client's timing: the defaults, or what a MessageSettingsProvider above gives. */
export const useMessageSettings = (): Readonly<MessageSettings> =>
  useContext(MessageSettingsContext);
