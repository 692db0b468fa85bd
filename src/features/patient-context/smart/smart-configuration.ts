import { z } from 'zod';

/**
 * The journal system's `.well-known/smart-configuration` (SMART App Launch 2.2 §2.1), checked
 * before the person is sent anywhere: the endpoints the launch needs, the EHR-launch
 * capabilities, and PKCE with S256. Anything else is refused with the reason.
 */
const endpoint = z.url({ protocol: /^https?$/ });

const smartConfigurationSchema = z.object({
  authorization_endpoint: endpoint,
  token_endpoint: endpoint,
  capabilities: z.array(z.string()),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

export type SmartConfiguration = z.infer<typeof smartConfigurationSchema>;

export const REQUIRED_CAPABILITIES = ['launch-ehr', 'context-ehr-patient'] as const;

export type SmartConfigurationCheck =
  { ok: true; configuration: SmartConfiguration } | { ok: false; message: string };

export function checkSmartConfiguration(json: unknown): SmartConfigurationCheck {
  const parsed = smartConfigurationSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
    return {
      ok: false,
      message: `Journalsystemets SMART-konfiguration saknar eller har felaktiga uppgifter: ${fields.join(', ')}.`,
    };
  }
  const configuration = parsed.data;
  const missing = REQUIRED_CAPABILITIES.filter((c) => !configuration.capabilities.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Journalsystemet stöder inte start med patient från journalen (saknar ${missing.join(', ')}).`,
    };
  }
  if (!configuration.code_challenge_methods_supported?.includes('S256')) {
    return {
      ok: false,
      message:
        'Journalsystemet stöder inte PKCE med S256, som arbetsytan kräver för att inloggningen inte ska kunna kapas.',
    };
  }
  return { ok: true, configuration };
}
