// The worker thread's entry: TypeScript first (tsx), then the builder itself.
import { register } from 'tsx/esm/api';

register();
await import('./index-builder.ts');
