// The zod enums of the supported languages and currencies, built from the lists in ./languages.ts
// (kept apart so that code which only needs the lists does not load zod).
import { z } from 'zod';
import { siteCurrencies, siteLanguages, uiLocales } from './languages';

export const uiLocaleSchema = z.enum(uiLocales);
export const siteLanguageSchema = z.enum(siteLanguages);
export const siteCurrencySchema = z.enum(siteCurrencies);
