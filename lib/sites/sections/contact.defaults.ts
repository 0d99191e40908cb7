// The props a new Contact section starts with: what the library shows and an added section gets.
import type { ContactProps } from './contact.schema';

export const contactDefaults: ContactProps = {
  eyebrow: 'Contact',
  heading: 'Come and see us',
  intro: 'Drop by, give us a call or send a message. We reply to every message within one working day.',
  showForm: true,
  address: '128 Market Street, Springfield',
  phone: '+1 555 0134 2290',
  email: 'hello@example.com',
  mapLink: 'https://www.openstreetmap.org/search?query=128%20Market%20Street%20Springfield',
  hours: [
    { day: 'monday', opens: '09:00', closes: '18:00', closed: false },
    { day: 'tuesday', opens: '09:00', closes: '18:00', closed: false },
    { day: 'wednesday', opens: '09:00', closes: '18:00', closed: false },
    { day: 'thursday', opens: '09:00', closes: '20:00', closed: false },
    { day: 'friday', opens: '09:00', closes: '18:00', closed: false },
    { day: 'saturday', opens: '10:00', closes: '14:00', closed: false },
    { day: 'sunday', opens: '00:00', closes: '00:00', closed: true },
  ],
};
