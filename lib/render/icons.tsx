// Icons for sections, drawn inline as SVG (lucide), so published pages need no icon font or request.
// Browser bundles get icons.browser.tsx instead (package.json "imports", #render/icons), which
// loads each icon on first use.
import {
  Award, BookOpen, Cake, Calendar, Camera, ChartNoAxesColumn, Check, Clock, Code, Coffee, Dumbbell, Gift, Globe, Heart,
  House, Leaf, Lock, Mail, MapPin, Music, Palette, PawPrint, Phone, Rocket, Scissors, Shield, ShoppingBag, Smile,
  Sparkles, Star, Sun, Truck, Users, UtensilsCrossed, Wrench, Zap,
  Baby, Bath, Bed, Beef, Beer, Bike, Brain, Briefcase, Bug, Building2, Bus, Calculator, Car, Church, Cookie, Croissant, Dog, Drill, Droplets, Fish, Flame, Flower2, Gem, Glasses, GraduationCap, Guitar, Hammer, HandHeart, Handshake, HeartPulse, IceCreamCone, KeyRound, Landmark, Languages, Laptop, Lightbulb, Map, Mic, Microscope, Mountain, Package, PaintRoller, Paintbrush, PartyPopper, Pill, Pizza, Plane, Printer, Ruler, Salad, Scale, ShieldCheck, Shirt, Smartphone, Snowflake, Sofa, Soup, SprayCan, Sprout, Stethoscope, Store, Syringe, Tent, Ticket, Trees, Video, Wine,
  type LucideIcon,
} from 'lucide-react';
import type { IconName } from '@/lib/sites/icon-names';

const icons: Record<IconName, LucideIcon> = {
  sparkles: Sparkles, star: Star, heart: Heart, leaf: Leaf, coffee: Coffee, cake: Cake, utensils: UtensilsCrossed,
  'shopping-bag': ShoppingBag, truck: Truck, clock: Clock, 'map-pin': MapPin, phone: Phone, mail: Mail, shield: Shield,
  bolt: Zap, chart: ChartNoAxesColumn, users: Users, calendar: Calendar, camera: Camera, palette: Palette, code: Code,
  globe: Globe, check: Check, award: Award, dumbbell: Dumbbell, music: Music, book: BookOpen, home: House, wrench: Wrench,
  scissors: Scissors, paw: PawPrint, gift: Gift, sun: Sun, smile: Smile, lock: Lock, rocket: Rocket,
  car: Car, stethoscope: Stethoscope, flower: Flower2, scale: Scale, calculator: Calculator, 'graduation-cap': GraduationCap, baby: Baby, bed: Bed, plane: Plane, church: Church, hammer: Hammer, paintbrush: Paintbrush, droplets: Droplets, key: KeyRound, shirt: Shirt, gem: Gem, glasses: Glasses, pill: Pill, bike: Bike, brain: Brain, briefcase: Briefcase, building: Building2, wine: Wine, beer: Beer, 'ice-cream': IceCreamCone, pizza: Pizza, fish: Fish, sprout: Sprout, dog: Dog, bath: Bath, flame: Flame, ruler: Ruler, languages: Languages, guitar: Guitar, mic: Mic, tent: Tent, map: Map, party: PartyPopper, sofa: Sofa, lightbulb: Lightbulb, 'heart-pulse': HeartPulse, landmark: Landmark, handshake: Handshake, printer: Printer, smartphone: Smartphone, laptop: Laptop, snowflake: Snowflake, trees: Trees, package: Package, 'spray-can': SprayCan, bug: Bug, drill: Drill, 'paint-roller': PaintRoller, syringe: Syringe, bus: Bus, mountain: Mountain, croissant: Croissant, soup: Soup, store: Store, microscope: Microscope, 'hand-heart': HandHeart, beef: Beef, cookie: Cookie, salad: Salad, ticket: Ticket, video: Video, 'shield-check': ShieldCheck,
};

export function Icon({ name, size = 24, label }: { name: IconName; size?: number; label?: string }) {
  const Component = icons[name] ?? Sparkles;
  return label ? (
    <Component width={size} height={size} role="img" aria-label={label} strokeWidth={1.75} />
  ) : (
    <Component width={size} height={size} aria-hidden="true" focusable="false" strokeWidth={1.75} />
  );
}
