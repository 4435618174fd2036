import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Most staff work in Japanese; English stays available from the profile menu.
    locales: ['ja'],
  },
  bootstrap(_app: StrapiApp) {},
};
