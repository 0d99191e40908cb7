// The props a new Logo cloud section starts with: what the library shows and an added section gets.
import type { LogosProps } from './logos.schema';

export const logosDefaults: LogosProps = {
  heading: 'Trusted by neighbours and local businesses',
  items: [
    { name: 'Northwind' },
    { name: 'Harbor & Pine' },
    { name: 'Bluebird Café' },
    { name: 'Atlas Studio' },
    { name: 'Greenleaf' },
    { name: 'Oak Street Books' },
  ],
};
