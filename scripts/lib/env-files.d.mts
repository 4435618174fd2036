export interface SharedValues {
  CMS_READ_TOKEN: string;
  CMS_REGISTRATION_TOKEN: string;
  SITE_WEBHOOK_SECRET: string;
}
export function sharedValues(): SharedValues;
export function cmsDefaults(shared: SharedValues): Record<string, string>;
export function webDefaults(shared: SharedValues): Record<string, string>;
export function parseEnv(text: string): Record<string, string>;
export function ensureEnvFiles(root: string): {
  added: string[];
  cms: Record<string, string>;
  web: Record<string, string>;
};
