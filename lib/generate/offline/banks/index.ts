// Every copy bank, by kind of business and language.
import type { BusinessKind, KindBanks } from '@/lib/sites/templates/copy-bank';
import { agencyBanks } from './agency';
import { bakeryBanks } from './bakery';
import { blogBanks } from './blog';
import { cafeBanks } from './cafe';
import { eventBanks } from './event';
import { fitnessBanks } from './fitness';
import { nonprofitBanks } from './nonprofit';
import { portfolioBanks } from './portfolio';
import { restaurantBanks } from './restaurant';
import { saasBanks } from './saas';
import { salonBanks } from './salon';
import { serviceBanks } from './service';
import { shopBanks } from './shop';

export const copyBanks: Record<BusinessKind, KindBanks> = {
  restaurant: restaurantBanks,
  bakery: bakeryBanks,
  cafe: cafeBanks,
  shop: shopBanks,
  salon: salonBanks,
  fitness: fitnessBanks,
  service: serviceBanks,
  agency: agencyBanks,
  saas: saasBanks,
  portfolio: portfolioBanks,
  blog: blogBanks,
  event: eventBanks,
  nonprofit: nonprofitBanks,
};
