import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '../../mocks/node';
import { ApiError, apiRequest } from './http-client';

const PATH = '/api/test/http-client';

async function errorOf(response: () => Response): Promise<ApiError> {
  server.use(http.get(`*${PATH}`, response));
  const error = await apiRequest(PATH, z.unknown()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('ApiError', () => {
  it('carries the server’s own code and message, and says the server wrote it', async () => {
    const error = await errorOf(() =>
      HttpResponse.json(
        { error: { code: 'case_taken', message: 'Ärendet är redan taget.' } },
        { status: 409 },
      ),
    );
    expect(error).toMatchObject({
      status: 409,
      code: 'case_taken',
      message: 'Ärendet är redan taget.',
      messageFrom: 'server',
    });
  });

  it('says the client wrote the message when the answer had none it could read', async () => {
    const unreadable = await errorOf(
      () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }),
    );
    expect(unreadable).toMatchObject({
      status: 502,
      code: 'http_502',
      message: 'Tjänsten har tekniska problem just nu. Försök igen om en stund.',
      messageFrom: 'client',
    });
    // Words without a code of the service's own (a framework's problem title, say) are not
    // taken as its message about this error.
    const messageOnly = await errorOf(() =>
      HttpResponse.json({ title: 'Conflict', detail: 'Conflict' }, { status: 409 }),
    );
    expect(messageOnly).toMatchObject({ code: 'http_409', messageFrom: 'client' });
    const codeOnly = await errorOf(() =>
      HttpResponse.json({ error: { code: 'bad_request' } }, { status: 400 }),
    );
    expect(codeOnly).toMatchObject({
      code: 'bad_request',
      message: 'Något gick fel i anropet till tjänsten.',
      messageFrom: 'client',
    });
  });

  it('says the client wrote the message for a network failure and for an answer it cannot read', async () => {
    expect(await errorOf(() => HttpResponse.error())).toMatchObject({
      status: 0,
      messageFrom: 'client',
    });
    server.use(http.get(`*${PATH}`, () => HttpResponse.json({ id: 1 })));
    const invalid = await apiRequest(PATH, z.object({ id: z.string() })).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'invalid_response', messageFrom: 'client' });
  });
});
