// What a site will be about: the prompt's reading (name, kind, place, language, offers), with
// what the owner confirmed on the New site screen taking its place. Both generators start here.
import type { SiteLanguage } from '@/lib/i18n/languages';
import { inSpan } from '@/lib/observability/spans';
import type { SiteDocument } from '@/lib/sites/document';
import { currencyFor } from './offline/prices';
import { findKind } from './catalogue/load';
import type { Kind } from './catalogue/schema';
import type { GenerateRequest } from './types';
import { detectPlace, type Place } from './understand/places';
import { fold, words } from './understand/text';
import { understandPrompt, type Understanding } from './understand/understand';

// A place the owner typed into the confirmation field: the gazetteer's reading when it knows it.
export function placeFromText(text: string): Place | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const known = detectPlace(`em ${trimmed}`, words(`em ${trimmed}`), { isEverydayWord: () => false });
  if (known && known.city && known.label.length >= trimmed.length - 3) return known;
  return { city: trimmed, neighbourhood: null, region: null, country: known?.country ?? null, label: trimmed, start: 0, end: 0, spans: [] };
}

export type SitePlan = {
  understanding: Understanding;
  language: SiteLanguage;
  kind: Kind | null;
  name: string | null;
  nameConfirmed: boolean;
  place: Place | null;
};

// What the site will be about: the prompt's reading, with the owner's confirmed facts on top.
export function planSite(request: GenerateRequest): SitePlan {
  return inSpan('generation.understand', {}, (span) => {
    const plan = readPlan(request);
    span.setAttributes({ 'business.kind': plan.kind?.id ?? 'none', 'site.language': plan.language, 'business.has_place': plan.place !== null });
    return plan;
  });
}

function readPlan(request: GenerateRequest): SitePlan {
  const understanding = understandPrompt(request.prompt, { hint: request.language });
  const facts = request.facts ?? {};
  const language: SiteLanguage = request.language ?? understanding.language;
  const kindId = facts.kindId !== undefined ? facts.kindId : understanding.kindId;
  const kind = kindId ? findKind(kindId) : null;
  const name = facts.name?.trim() || understanding.name;
  const place = facts.place !== undefined ? placeFromText(facts.place) : understanding.place;
  return { understanding, language, kind, name, nameConfirmed: !!facts.name?.trim(), place };
}

// A generated document made to keep the plan's facts: the name (and the logo text that shows it),
// the kind and its schema.org type, the place and its currency. The OpenAI path is told these as
// facts; this makes sure of them whatever the model wrote.
export function keepFacts(doc: SiteDocument, plan: SitePlan): SiteDocument {
  const oldName = doc.business.name;
  // A name the owner did not confirm may be read a little short ("Aurora" for "Padaria Aurora"):
  // the model's fuller form of the same name stands.
  const fuller = !plan.nameConfirmed && plan.name && fold(oldName).includes(fold(plan.name));
  const name = fuller ? oldName : (plan.name ?? oldName);
  const kindId = plan.kind?.id ?? (findKind(doc.business.kind) ? doc.business.kind : 'business');
  const kind = findKind(kindId);
  const business = {
    ...doc.business,
    name,
    kind: kindId,
    schemaType: kind?.schemaType ?? 'LocalBusiness',
    city: plan.place?.label ?? doc.business.city,
    currency: plan.place ? currencyFor(doc.language, plan.place.country) : doc.business.currency,
  };
  const pages = doc.pages.map((page) => ({
    ...page,
    title: page.path === '/' && page.title === oldName ? name : page.title,
    sections: page.sections.map((s) => (s.type === 'navbar' ? { ...s, props: { ...s.props, logoText: name } } : s)),
  }));
  return { ...doc, business, pages };
}
