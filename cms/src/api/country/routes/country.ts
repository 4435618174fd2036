import { factories } from '@strapi/strapi';

// Public reading only: writes go through the admin panel.
export default factories.createCoreRouter('api::country.country', { only: ['find', 'findOne'] });
