// Words that describe a business rather than name it, in the three languages (folded): a
// capitalized run made only of these ("Italian", "Cozy Family") is not a business name.
export const commonWords = new Set(
  `a an the my our your its his her their this that these those i we you he she it they me us them is are was be been am i'm we're
  hi hello hey ola oi hola buenas good great best top super mega new old small big little large tiny cozy cosy modern classic local
  family familiar famiglia artisan artisanal handmade homemade organic natural healthy fresh premium luxury luxurious boutique urban
  rustic vintage elegant minimalist minimal simple bold friendly fun playful colorful colourful cheap affordable fast quick express
  gourmet vegan vegetarian fit online digital creative professional independent independently owned run based downtown uptown
  nearby neighborhood neighbourhood authentic traditional traditionnel sustainable eco green luxury quality high end low cost
  cute beautiful pretty lovely amazing awesome nice warm calm quiet tranquil peaceful open
  site website web page pagina landing need want looking create make build please help
  quero queria preciso gostaria criar fazer um uma uns umas o os as meu minha meus minhas nosso nossa nossos nossas seu sua
  pequeno pequena pequenos pequenas grande novo nova moderno moderna classico classica aconchegante artesanal artesanais caseiro
  caseira organico organica saudavel fresco fresca premium luxo chique sofisticado sofisticada rustico rustica elegante minimalista
  simples divertido divertida colorido colorida barato barata rapido rapida gostoso gostosa delicioso deliciosa bonito bonita lindo
  linda melhor melhores top especial especializado especializada profissional profissionais autentico autentica tradicional
  sustentavel independente familia centro bairro cidade olá oi bom boa tudo
  quiero necesito queria crear hacer unos unas el la los las mi mis nuestro nuestra nuestros nuestras tu tus su sus
  pequeno pequena grande nuevo nueva moderno moderna clasico clasica acogedor acogedora artesano artesana casero casera organico
  organica saludable fresco fresca lujo chic sofisticado sofisticada rustico rustica elegante minimalista sencillo sencilla divertido
  divertida colorido colorida barato barata rapido rapida rico rica delicioso deliciosa bonito bonita lindo linda mejor mejores
  especial especializado especializada profesional profesionales autentico autentica tradicional sostenible independiente
  buenos buenas
  italian mexican japanese chinese thai indian french spanish portuguese brazilian korean vietnamese greek turkish lebanese
  peruvian argentinian argentine colombian american british irish german mediterranean asian latin latino caribbean african
  middle eastern arabic arab cuban venezuelan chilean uruguayan english
  gujarati punjabi bengali tamil telugu kannada malayali keralan goan marathi kashmiri hyderabadi nepali nepalese pakistani
  bangladeshi lankan afghan welsh scottish scots maori samoan fijian zulu
  capixaba cearense pernambucano pernambucana goiano goiana paraense catarinense potiguar amazonense
  igcse gcse gcses a-level a-levels as-level enem vestibular ielts toefl selectividad ebau icfes
  andino andina norteno nortena yucateco yucateca oaxaqueno oaxaquena jalisciense regiomontano regiomontana sinaloense
  italiano italiana mexicano mexicana japones japonesa chines chinesa tailandes indiano indiana frances francesa espanhol espanhola
  brasileiro brasileira coreano coreana arabe libanes libanesa peruano peruana argentino argentina nordestino nordestina mineiro
  mineira gaucho gaucha baiano baiana carioca paulista paulistano paulistana
  espanol espanola chino china tailandes indio india coreana peruano colombiano colombiana venezolano venezolana chileno chilena
  cubano cubana andaluz andaluza gallego gallega catalan catalana
  jamaican caribbean haitian filipino ethiopian moroccan persian russian polish ukrainian swedish danish dutch belgian swiss austrian
  texan californian southern northern cajun creole hawaiian nordic scandinavian european african-american tex-mex hispanic
  christian catholic baptist methodist lutheran evangelical pentecostal presbyterian adventist orthodox jewish muslim islamic buddhist
  cristao crista catolico catolica evangelico evangelica batista adventista cristiano cristiana
  wedding weddings casamento casamentos boda bodas kids children criancas ninos infantil adult adults adultos
  women woman men man mujeres mujer homens homem hombres hombre ladies gentlemen pet pets dog dogs cat cats
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
  november december janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo
  mayo junio julio septiembre octubre noviembre diciembre segunda terca quarta quinta sexta sabado domingo lunes martes miercoles
  jueves viernes mon tue tues wed thu thurs fri sat sun seg ter qua qui sex sab dom lun mie jue vie mo tu we th fr sa su
  whatsapp instagram facebook tiktok youtube google ifood rappi uber zoom airbnb etsy amazon shopee linkedin paypal pinterest
  mercadolibre mercadolivre doordash ubereats quickbooks hubspot mailchimp
  blue azul red vermelho vermelha rojo roja green verde yellow amarelo amarela amarillo amarilla black preto preta negro negra
  white branco branca blanco blanca pink rosa purple roxo morado gold dourado dorado orange laranja naranja brown marrom marron
  gray grey cinza gris beige bege navy terracota terracotta pastel neon
  colors colours cores colores tones tons tonos style estilo vibe feel look theme tema
  and or with for in at of to from by on e ou com para pra em no na de do da dos das y o con en del al por sin
  yes si sim no nao next this last year years ano anos año años summer winter spring autumn fall verao inverno primavera outono
  verano invierno otono weekend semana week fim
  tem tenho temos tiene tengo tenemos como fica queda estamos estoy sou soy somos vende vendo vendemos faz faco fazemos hace hago
  hacemos tambem tambien also aqui aca here there muito mucho very mais more menos less todo toda todos todas every all cada each
  gas safe registered licensed insured certified accredited bonded booking expedia tripadvisor shopify wordpress webflow wix squarespace
  delivery drive-thru self-service 24h
  canva disney montessori waldorf ave blvd rd free gratis call visit contact ligue llame abrimos atendemos entregamos`
    .split(/\s+/)
    .filter(Boolean),
);

// Treatments, methods and classes sold under a brand, which businesses list as what they offer ("…, crowns, Invisalign",
// "salsa, bachata, Zumba"): never a business's name on their own, but an offer the site should show, so not everyday words.
export const productNames = new Set(
  `botox invisalign zumba crossfit reiki hydrafacial lasik dysport juvederm coolsculpting emsculpt hyrox peloton`.split(/\s+/).filter(Boolean),
);

// Articles, prepositions, conjunctions and possessives only: trimmed from the edges of phrases.
export const functionWords = new Set(
  `a an the my our your of to for in at on by with and or from e ou o os as um uma uns umas de do da dos das em no na nos nas com
  para pra por pelo pela meu minha nosso nossa seu sua y el la los las un una unos unas del al en con sin mi mis nuestro nuestra su
  sus que that which who this these`
    .split(/\s+/)
    .filter(Boolean),
);
