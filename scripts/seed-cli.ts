// Creates the demo account in DATABASE_URL (used by npm test; npm start seeds by itself).
import { seedDemo } from '../prisma/seed';

const demo = await seedDemo();
console.log(`Demo account: ${demo.email}`);
process.exit(0);
