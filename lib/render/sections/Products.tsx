// Products: things the business sells, as cards with a square picture, price and an order button
// (a link to a shop, WhatsApp, email or the contact form).
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { ProductsProps as Props } from '@/lib/sites/sections/products.schema';

function Products({ id, props, ctx }: SectionComponentProps<Props>) {
  return (
    <section id={id} className="pm-section s-products" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-products__grid${props.items.length < 3 ? ' s-products__grid--few' : ''}`}>
          {props.items.map((item, i) => {
            const image = ctx.image(item.image.src, { width: 600, height: 600 });
            const href = ctx.href(item.orderLink.href);
            const price = item.price.trim() ? ctx.price(item.price) : '';
            const nameId = `${id}-item-${i}`;
            return (
              <li key={i} className="s-products__card">
                {image && (
                  <div className="s-products__media">
                    <SiteImage image={image} sizes="(min-width: 960px) 360px, (min-width: 600px) 50vw, 100vw" alt={item.image.alt} loading="lazy" />
                  </div>
                )}
                <div className="s-products__body">
                  <div className="s-products__top">
                    <h3 id={nameId}>{item.name}</h3>
                    {price && <p className="s-products__price">{price}</p>}
                  </div>
                  {item.description && <p className="pm-muted s-products__text">{item.description}</p>}
                  {href && (
                    <a className="pm-btn s-products__order" href={href} aria-describedby={nameId}>
                      {plainText(item.orderLink.label).trim() ? item.orderLink.label : ctx.strings.order}
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

export const productsRender: SectionRender<Props> = {
  component: Products,
  css: `
.s-products .pm-lead{margin:0}
.s-products__grid{display:grid;gap:calc(1.5rem * var(--pm-space));margin:0;padding:0;list-style:none;grid-template-columns:repeat(auto-fill,minmax(min(100%,16.5rem),1fr))}
.s-products__grid--few{grid-template-columns:repeat(auto-fit,minmax(min(100%,16.5rem),22rem));justify-content:center}
.s-products__card{display:flex;flex-direction:column;overflow:hidden;border-radius:var(--pm-radius);background:var(--pm-surface);border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);transition:transform .2s,box-shadow .2s}
.s-products__card:hover{transform:translateY(-3px);box-shadow:0 18px 36px -22px color-mix(in srgb,var(--pm-text) 45%,transparent)}
.s-products__media{aspect-ratio:1;background:var(--pm-bg);border-bottom:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent)}
.s-products__media img{width:100%;height:100%;object-fit:cover}
.s-products__body{display:flex;flex:1;flex-direction:column;padding:1.25rem 1.25rem 1.5rem}
.s-products__top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.25rem 1rem;margin-bottom:.4rem}
.s-products__top h3{margin:0;font-size:1.175rem}
.s-products__price{margin:0;color:var(--pm-primary);font-size:1.125rem;font-weight:700;font-variant-numeric:tabular-nums}
.s-products__text{margin:0 0 1.25rem;font-size:.975rem}
.s-products__order{margin-top:auto;width:100%;text-align:center}
`,
};
