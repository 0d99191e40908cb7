// Message files, one per namespace and locale, merged into one tree per locale.
import enAi from '@/messages/en/ai.json';
import enAuth from '@/messages/en/auth.json';
import enBilling from '@/messages/en/billing.json';
import enCertificates from '@/messages/en/certificates.json';
import enCommon from '@/messages/en/common.json';
import enDashboard from '@/messages/en/dashboard.json';
import enDomains from '@/messages/en/domains.json';
import enEditor from '@/messages/en/editor.json';
import enEmail from '@/messages/en/email.json';
import enMarketing from '@/messages/en/marketing.json';
import enMedia from '@/messages/en/media.json';
import enProviders from '@/messages/en/providers.json';
import enSettings from '@/messages/en/settings.json';
import enSites from '@/messages/en/sites.json';
import esAi from '@/messages/es/ai.json';
import esAuth from '@/messages/es/auth.json';
import esBilling from '@/messages/es/billing.json';
import esCertificates from '@/messages/es/certificates.json';
import esCommon from '@/messages/es/common.json';
import esDashboard from '@/messages/es/dashboard.json';
import esDomains from '@/messages/es/domains.json';
import esEditor from '@/messages/es/editor.json';
import esEmail from '@/messages/es/email.json';
import esMarketing from '@/messages/es/marketing.json';
import esMedia from '@/messages/es/media.json';
import esProviders from '@/messages/es/providers.json';
import esSettings from '@/messages/es/settings.json';
import esSites from '@/messages/es/sites.json';
import ptAi from '@/messages/pt-BR/ai.json';
import ptAuth from '@/messages/pt-BR/auth.json';
import ptBilling from '@/messages/pt-BR/billing.json';
import ptCertificates from '@/messages/pt-BR/certificates.json';
import ptCommon from '@/messages/pt-BR/common.json';
import ptDashboard from '@/messages/pt-BR/dashboard.json';
import ptDomains from '@/messages/pt-BR/domains.json';
import ptEditor from '@/messages/pt-BR/editor.json';
import ptEmail from '@/messages/pt-BR/email.json';
import ptMarketing from '@/messages/pt-BR/marketing.json';
import ptMedia from '@/messages/pt-BR/media.json';
import ptProviders from '@/messages/pt-BR/providers.json';
import ptSettings from '@/messages/pt-BR/settings.json';
import ptSites from '@/messages/pt-BR/sites.json';
import type { UiLocale } from '@/lib/i18n/languages';

export const messages = {
  en: {
    common: enCommon,
    marketing: enMarketing,
    auth: enAuth,
    dashboard: enDashboard,
    settings: enSettings,
    sites: enSites,
    editor: enEditor,
    ai: enAi,
    media: enMedia,
    providers: enProviders,
    billing: enBilling,
    certificates: enCertificates,
    domains: enDomains,
    email: enEmail,
  },
  'pt-BR': {
    common: ptCommon,
    marketing: ptMarketing,
    auth: ptAuth,
    dashboard: ptDashboard,
    settings: ptSettings,
    sites: ptSites,
    editor: ptEditor,
    ai: ptAi,
    media: ptMedia,
    providers: ptProviders,
    billing: ptBilling,
    certificates: ptCertificates,
    domains: ptDomains,
    email: ptEmail,
  },
  es: {
    common: esCommon,
    marketing: esMarketing,
    auth: esAuth,
    dashboard: esDashboard,
    settings: esSettings,
    sites: esSites,
    editor: esEditor,
    ai: esAi,
    media: esMedia,
    providers: esProviders,
    billing: esBilling,
    certificates: esCertificates,
    domains: esDomains,
    email: esEmail,
  },
} satisfies Record<UiLocale, Record<string, unknown>>;
