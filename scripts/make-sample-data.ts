/**
 * Makes chiso's bundled sample data for Vietnam's 63 provinces: two consecutive years (2022, 2023)
 * for the `readiness` and `vn-dti-2022` frameworks.
 *
 * The data are SYNTHETIC except the real figures from the seed articles (shared/seeds), which are
 * listed in each file's metadata. A seeded generator (mulberry32, seed below) makes them, so
 * running this script again writes the same files:
 *
 *     npx tsx scripts/make-sample-data.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mulberry32 } from './random.js';
import { PROVINCES_63, REGIONS } from '../src/vietnam/provinces.js';
import { DTI_2022_MAIN_INDICES } from '../src/frameworks/vietnam/dti-2022.js';

const SEED = 20251122;
const YEARS = [2022, 2023] as const;

// One stream for the provinces' latent capacity, and one per dataset, so changing one dataset's
// indicators does not change the other's values.
let random = mulberry32(SEED);
const noise = (spread: number): number => (random() * 2 - 1) * spread;
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;
/** A percentage from a province's capacity (0–1): base + spread × capacity + noise, 1 decimal. */
const pct = (capacity: number, base: number, spread: number, jitter = 6): number => round(clamp(base + spread * capacity + noise(jitter), 0, 100), 1);

// Each province's latent digital capacity: cities and the South East higher, the northern mountains lower.
const REGION_BASE: Record<keyof typeof REGIONS, number> = {
  'red-river-delta': 0.62,
  'south-east': 0.6,
  'north-central-coast': 0.5,
  'mekong-delta': 0.45,
  'central-highlands': 0.38,
  'northern-midlands-mountains': 0.32,
};
const capacity = new Map(PROVINCES_63.map((province) => [province.code, clamp(REGION_BASE[province.region] + (province.kind === 'city' ? 0.25 : 0) + noise(0.15), 0.05, 0.98)]));
const growth = new Map(PROVINCES_63.map((province) => [province.code, 0.02 + random() * 0.06]));

interface Unit {
  id: string;
  name: string;
  groups: { region: string };
  values: Record<string, number | null>;
}

function units(year: number, make: (capacityNow: number, code: string) => Record<string, number | null>): Unit[] {
  return PROVINCES_63.map((province) => {
    const now = clamp((capacity.get(province.code) as number) + (year - YEARS[0]) * (growth.get(province.code) as number), 0, 1);
    return { id: province.code, name: province.name, groups: { region: REGIONS[province.region].vi }, values: make(now, province.code) };
  });
}

// Real figures from the seeds, by year and province code.
const REAL_READINESS: Record<number, Record<string, Record<string, number>>> = {
  2022: {
    // Điện Biên: online dossiers 53% in 2022 (seed 003); infrastructure as last published for 2020 (seed 000/001)
    '11': { agencies_data_network_pct: 69, residential_fibre_pct: 80, villages_mobile_pct: 97.7, residential_3g4g_pct: 75, online_dossiers_pct: 53 },
  },
  2023: {
    // Điện Biên 2023 (seed 003): digital teams in 100% of communes; 627 full-process services = 100% of eligible;
    // online dossiers above 60% (Q1 2023); adults with a smartphone 75%; with a digital signature about 1.5%
    '11': { communes_dt_teams_pct: 100, full_process_services_pct: 100, online_dossiers_pct: 60, adults_smartphone_pct: 75, adults_digital_signature_pct: 1.5 },
    // An Giang 2023 (seed 002): 105 of 110 communes apply IT in management = 95.45%
    '89': { communes_it_management_pct: 95.45 },
  },
};

function readinessValues(year: number): Unit[] {
  random = mulberry32(SEED + year * 10 + 1);
  return units(year, (c, code) => {
    const values: Record<string, number | null> = {
      agencies_data_network_pct: pct(c, 60, 40, 8),
      residential_fibre_pct: pct(c, 55, 45),
      villages_mobile_pct: pct(c, 90, 10, 3),
      residential_3g4g_pct: pct(c, 70, 30),
      fixed_broadband_per100: round(clamp(8 + 25 * c + noise(3), 1, 60), 1),
      mobile_broadband_per100: round(clamp(55 + 50 * c + noise(8), 20, 160), 1),
      agencies_it_staff_pct: pct(c, 50, 50, 10),
      adults_digital_skills_pct: pct(c, 25, 45, 8),
      communes_dt_teams_pct: pct(c, 75, 30, 10),
      agencies_portal_pct: pct(c, 85, 15, 4),
      documents_electronic_pct: pct(c, 60, 40),
      communes_it_management_pct: pct(c, 70, 30, 8),
      full_process_services_pct: pct(c, 40, 60, 12),
      online_dossiers_pct: pct(c, 15, 50, 8),
      on_time_dossiers_pct: pct(c, 88, 12, 3),
      adults_smartphone_pct: pct(c, 60, 35, 5),
      adults_digital_signature_pct: round(clamp(0.5 + 12 * c * c + noise(1), 0, 100), 1),
    };
    // a few values missing, as in real returns (the readiness model re-weights them)
    if (random() < 0.05) values.adults_digital_skills_pct = null;
    return { ...values, ...(REAL_READINESS[year]?.[code] ?? {}) };
  });
}

function dtiValues(year: number): Unit[] {
  random = mulberry32(SEED + year * 10 + 2);
  return units(year, (c) => {
    const step = (levels: number): number => clamp(Math.round(c * levels + noise(1)), 0, levels);
    return {
      steering_meetings: step(4),
      dt_resolution_issued: random() < 0.6 + 0.4 * c ? 1 : 0,
      officials_dt_briefed_pct: pct(c, 50, 50, 10),
      dt_news_per_month: Math.round(clamp(2 + 25 * c + noise(5), 0, 60)),
      dt_annual_plan: random() < 0.85 + 0.15 * c ? 1 : 0,
      dt_budget_share_pct: round(clamp(0.1 + 1.2 * c + noise(0.3), 0, 5), 2),
      dt_policies_issued: step(4),
      enterprise_architecture: [0, 0.5, 1][clamp(Math.round(c * 2 + noise(0.7)), 0, 2)] as number,
      households_fibre_pct: pct(c, 45, 55),
      villages_4g_pct: pct(c, 75, 25, 5),
      data_centre: random() < 0.4 + 0.6 * c ? 1 : 0,
      lgsp_connected: random() < 0.7 + 0.3 * c ? 1 : 0,
      agencies_dt_staff_pct: pct(c, 45, 55, 10),
      officials_digital_skills_pct: pct(c, 35, 55, 10),
      communes_dt_teams_pct: pct(c, 70, 30, 10),
      systems_security_level_pct: pct(c, 20, 70, 12),
      four_layer_model: [0, 0.5, 1][clamp(Math.round(c * 2 + noise(0.7)), 0, 2)] as number,
      security_drills: step(2),
      smart_city_projects: random() < c ? 1 : 0,
      full_process_services_pct: pct(c, 40, 60, 12),
      online_dossiers_pct: pct(c, 15, 50, 8),
      on_time_dossiers_pct: pct(c, 88, 12, 3),
      documents_signed_pct: pct(c, 60, 40),
      open_datasets: Math.round(clamp(60 * c * c + noise(8), 0, 200)),
      digital_economy_grdp_pct: round(clamp(3 + 18 * c * c + noise(2), 0.5, 40), 1),
      smes_e_invoice_pct: pct(c, 70, 30, 5),
      firms_ecommerce_pct: pct(c, 8, 45, 6),
      adults_smartphone_pct: pct(c, 60, 35, 5),
      adults_digital_signature_pct: round(clamp(0.5 + 12 * c * c + noise(1), 0, 100), 1),
      adults_payment_account_pct: pct(c, 45, 45, 6),
    };
  });
}

const real = (year: number): string[] =>
  Object.entries(REAL_READINESS[year] ?? {}).flatMap(([code, values]) => Object.keys(values).map((key) => `${PROVINCES_63.find((province) => province.code === code)?.name} ${key}`));

const MAIN_IDS = DTI_2022_MAIN_INDICES.map(([id]) => id);
for (const year of YEARS) {
  mkdirSync('examples/data/readiness', { recursive: true });
  mkdirSync('examples/data/vn-dti-2022', { recursive: true });
  const readinessFile = {
    id: `readiness-${year}`,
    year,
    metadata: {
      synthetic: true,
      note: 'SYNTHETIC sample data for the 63 provinces, except the real figures listed in realFigures (from the seed articles). Not official statistics.',
      generator: 'scripts/make-sample-data.ts',
      seed: SEED,
      realFigures: real(year),
    },
    units: readinessValues(year),
  };
  writeFileSync(`examples/data/readiness/${year}.json`, JSON.stringify(readinessFile, null, 1) + '\n');
  const dtiFile = {
    id: `vn-dti-2022-${year}`,
    year,
    metadata: {
      synthetic: true,
      note: "SYNTHETIC sample data for the 63 provinces at chiso's reconstructed component level of DTI 2022 (not official DTI results).",
      generator: 'scripts/make-sample-data.ts',
      seed: SEED,
      mainIndices: MAIN_IDS,
    },
    units: dtiValues(year),
  };
  writeFileSync(`examples/data/vn-dti-2022/${year}.json`, JSON.stringify(dtiFile, null, 1) + '\n');
}
console.log('wrote examples/data/readiness/{2022,2023}.json and examples/data/vn-dti-2022/{2022,2023}.json');
