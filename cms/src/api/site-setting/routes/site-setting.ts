import { factories } from '@strapi/strapi';

// Public reading only: writes go through the admin panel.
export default factories.createCoreRouter('api::site-setting.site-setting', { only: ['find'] });
