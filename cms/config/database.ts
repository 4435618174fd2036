import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * `DATABASE_URL=postgres://…` selects PostgreSQL; anything else is the embedded SQLite file.
 * `DATABASE_SCHEMA` lets the integration suite give each run its own PostgreSQL schema.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const url: string = env('DATABASE_URL', '');
  if (/^postgres(ql)?:\/\//.test(url)) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url,
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: true } : false,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};
