import { env } from './env';
import { z } from 'zod';

describe('env', () => {
  it('has zod parse without eval, which the Content-Security-Policy forbids', () => {
    expect(env).toBeDefined();
    // If zod moves its global configuration, this fails: then find its new place.
    expect(z.config().jitless).toBe(true);
  });
});
