/**
 * The development switches of every mock backend, one mechanism for all: a source failing by
 * error, network, slow or timeout, the 5,000-case volume, and counted failures of the access log
 * and of message sending. They belong to one dev session (a browser that set them on the dev
 * tools page, or a program that sends the header), never to everyone: another person's requests
 * meet none of them. See mocks/lib/request-context.ts and mocks/dev/handlers.ts.
 */
import { HttpResponse, delay } from 'msw';
import { z } from 'zod';
import { currentContext } from './request-context';
import { table } from './store';

export const CASE_SOURCE_IDS = [
  'personalverktyg',
  'stod-och-behandling',
  'formularhantering',
  'webcert',
] as const;
export type CaseSourceId = (typeof CASE_SOURCE_IDS)[number];

/** error: the source's own 503 body; network: the connection fails; slow: answers after SLOW_MS; timeout: never answers. */
export const SOURCE_FAULTS = ['error', 'network', 'slow', 'timeout'] as const;
export type SourceFault = (typeof SOURCE_FAULTS)[number];
export const SLOW_MS = 2_500;

/** 'reject' fails before storing; 'lose-response' stores and then fails, like a timed-out answer. */
const countedFailure = (count: z.ZodType<number | null>) =>
  z.object({ mode: z.enum(['reject', 'lose-response']), count }).nullable();

export const devSwitchesSchema = z.object({
  faults: z.partialRecord(z.enum(CASE_SOURCE_IDS), z.enum(SOURCE_FAULTS)),
  /** 'large': Vårdcentralen Norrbacka gets 5,000 open cases over the four sources. */
  volume: z.enum(['normal', 'large']),
  /** The next `count` access-log writes fail with 503. */
  accessLogFailures: countedFailure(z.number().int().min(1).max(100)),
  /** The next `count` message sends fail with 503 (`null`: every send until turned off). */
  messageSendFailures: countedFailure(z.number().int().min(1).max(100).nullable()),
});
export type DevSwitches = z.infer<typeof devSwitchesSchema>;
export type CountedFailure = 'accessLogFailures' | 'messageSendFailures';

export const NO_SWITCHES: DevSwitches = {
  faults: {},
  volume: 'normal',
  accessLogFailures: null,
  messageSendFailures: null,
};

const switches = table<{ session: string; switches: DevSwitches }>('dev.switches', {
  key: (row) => row.session,
});

/** The switches that apply to the current request. */
export function devSwitches(): DevSwitches {
  const { devSession } = currentContext();
  if (devSession === null) return NO_SWITCHES;
  return switches.all().find((row) => row.session === devSession)?.switches ?? NO_SWITCHES;
}

/** Changes the current dev session's switches; a caller without one has none to change. */
export function updateDevSwitches(patch: Partial<DevSwitches>): DevSwitches {
  const { devSession } = currentContext();
  if (devSession === null) throw new Error('Ingen utvecklarsession: brytarna gäller ingen.');
  const next = { ...devSwitches(), ...patch };
  switches.save([
    ...switches.all().filter((row) => row.session !== devSession),
    {
      session: devSession,
      switches: next,
    },
  ]);
  return next;
}

export function setSourceFault(source: CaseSourceId, fault: SourceFault | null): void {
  const faults = { ...devSwitches().faults };
  if (fault) faults[source] = fault;
  else delete faults[source];
  updateDevSwitches({ faults });
}

export const setInboxVolume = (volume: DevSwitches['volume']): void => {
  updateDevSwitches({ volume });
};

/** Uses up one counted failure, if any is set: returns its mode. */
export function takeCountedFailure(kind: CountedFailure): 'reject' | 'lose-response' | null {
  const failure = devSwitches()[kind];
  if (!failure) return null;
  const left = failure.count === null ? null : failure.count - 1;
  updateDevSwitches({ [kind]: left === 0 ? null : { ...failure, count: left } });
  return failure.mode;
}

/**
 * Applies the source's development fault, if any: returns the response to send instead, or
 * undefined to carry on (after the delay of 'slow'). 'timeout' never resolves: the request hangs
 * until the client gives up.
 */
export async function injectedFault(
  source: CaseSourceId,
  sourceError: () => Response,
): Promise<Response | undefined> {
  switch (devSwitches().faults[source]) {
    case 'error':
      return sourceError();
    case 'network': {
      // Over HTTP the connection is cut; in-process MSW's network error does the same.
      const { dropConnection } = currentContext();
      if (!dropConnection) return HttpResponse.error();
      dropConnection();
      return sourceError();
    }
    case 'slow':
      await delay(SLOW_MS);
      return undefined;
    case 'timeout':
      await delay('infinite');
      return undefined;
    default:
      return undefined;
  }
}
