import type { StrapiApp } from '@strapi/strapi/admin';
import { RegistrationsPanel } from './registrations-panel';

interface ContentManagerApis {
  addEditViewSidePanel(panels: (typeof RegistrationsPanel)[]): void;
}

export default {
  config: {
    // Most staff work in Japanese; English stays available from the profile menu.
    locales: ['ja'],
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([
      RegistrationsPanel,
    ]);
  },
};
