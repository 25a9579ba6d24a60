// `npm start`: the `prestart` hook has installed dependencies and run `vite build`; this serves the
// build in this process (see serve.mjs for the environment variables, none of which are required).
import { serve } from './serve.mjs';

await serve();
