import type { Core } from '@strapi/strapi';

interface AdminUserService {
  exists(where: { email: string }): Promise<boolean>;
  create(attributes: {
    email: string;
    firstname: string;
    lastname: string;
    password: string;
    isActive: boolean;
    roles: number[];
    registrationToken: null;
  }): Promise<unknown>;
}

interface AdminRoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}

/**
 * The demo needs a way into the admin panel without a sign-up form. Production never gets an
 * account this way: its first administrator registers through the panel.
 */
export async function ensureDemoAdmin(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (env.NODE_ENV === 'production') return;
  const email = env.DEMO_ADMIN_EMAIL;
  const password = env.DEMO_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (!(await users.exists({ email }))) {
    const superAdmin = await (
      strapi.service('admin::role') as unknown as AdminRoleService
    ).getSuperAdmin();
    if (!superAdmin) throw new Error('The super admin role is missing');
    await users.create({
      email,
      firstname: 'Demo',
      lastname: 'Admin',
      password,
      isActive: true,
      roles: [superAdmin.id],
      registrationToken: null,
    });
  }
  const url =
    strapi.config.get('server.url') || `http://127.0.0.1:${strapi.config.get('server.port')}`;
  strapi.log.info(
    [
      '',
      '  Demo admin panel: ' + `${url}/admin`,
      `  E-mail:   ${email}`,
      `  Password: ${password}`,
      '',
    ].join('\n'),
  );
}
