// The template ids on their own, for code that must not load the section components.
export const templateIds = ['landing', 'shop', 'blog', 'portfolio', 'restaurant', 'local-service', 'agency', 'fitness', 'event', 'nonprofit'] as const;
export type TemplateId = (typeof templateIds)[number];
