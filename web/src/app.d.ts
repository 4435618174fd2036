import type { Locale } from '@assc/schemas';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Lets the error page explain itself in the reader's language. */
      code?: 'unavailable' | 'not_found' | 'malformed' | 'internal' | 'token_invalid';
    }
    interface Locals {
      locale: Locale;
    }
  }
}

export {};
