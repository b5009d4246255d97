/**
 * DESI 2022 — the European Commission's Digital Economy and Society Index, 2022 edition.
 *
 * 33 indicators in 10 sub-dimensions and 4 dimensions (human capital, connectivity, integration of
 * digital technology, digital public services). Each indicator is normalised with fixed goalposts
 * and no clipping; a sub-dimension is 100 × the weighted mean of its indicators (weights 1 or 2);
 * a dimension is the weighted mean of its sub-dimensions; DESI is the plain mean of the four
 * dimensions. Member states are ranked by competition ranking on full-precision scores; the EU
 * row is scored but not ranked. The report prints scores with one decimal.
 *
 * Source: the Commission's DESI 2022 computation workbook ("DESI 2022 final.xlsx", sheet Metadata:
 * goalposts, weights, directions; rows 66–83: sub-dimension and dimension weights), as kept in the
 * public repository Annaspella/DESI_statistical_assessment at commit 16bf1ef. Official publication:
 * https://digital-strategy.ec.europa.eu/en/policies/desi (DESI 2022 report and methodological
 * note). Commission data, reusable with attribution. Copied into chiso from
 * `shared/conformance/desi-2022/desi2022_parameters.csv` (vendored for the tests in
 * `test/fixtures/desi-2022`); the test `test/frameworks/desi-2022.test.ts` reproduces every
 * published score and rank from it.
 *
 * @example
 * const result = score(desi2022, datasetFromCsv(desiCsvText));
 * result.units.find((unit) => unit.id === 'FI')?.nodes.desi?.rank; // => 1
 *
 * @module
 */
import { defineFramework } from '../model/framework.js';

/** The DESI 2022 framework, as data. See the module documentation for its source. */
export const desi2022 = defineFramework({
  id: 'desi-2022',
  name: 'Digital Economy and Society Index (DESI) 2022',
  label: { en: 'Digital Economy and Society Index 2022' },
  edition: '2022',
  year: 2022,
  source: 'European Commission, DESI 2022 computation workbook (DESI 2022 final.xlsx, sheet Metadata); https://digital-strategy.ec.europa.eu/en/policies/desi',
  description: 'Fixed goalposts without clipping; sub-dimension = 100 × weighted mean; dimension = weighted mean of sub-dimensions; DESI = mean of the four dimensions.',
  scale: 100,
  rounding: { decimals: 1, mode: 'half-up' },
  ranking: { ties: 'competition', on: 'score', exclude: ['EU'], groups: [] },
  root: {
    kind: 'aggregate',
    id: 'desi',
    label: { en: 'DESI 2022' },
    aggregation: { method: 'mean' },
    children: [
      {
        kind: 'aggregate',
        id: 'dim1',
        label: { en: 'Human capital' },
        weight: 0.25,
        children: [
          {
            kind: 'aggregate',
            id: 'sub1a',
            label: { en: 'Internet user skills' },
            weight: 0.5,
            children: [
              { kind: 'indicator', id: '1a1', label: { en: "At least basic digital skills" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '1a2', label: { en: "Above basic digital skills" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.66 } },
              { kind: 'indicator', id: '1a3', label: { en: "At least basic digital content creation skills" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0.25, max: 1 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub1b',
            label: { en: 'Advanced skills and development' },
            weight: 0.5,
            children: [
              { kind: 'indicator', id: '1b1', label: { en: "ICT specialists" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 0.1 } },
              { kind: 'indicator', id: '1b2', label: { en: "Female ICT specialists" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 0.5 } },
              { kind: 'indicator', id: '1b3', label: { en: "Enterprises providing ICT training" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.5 } },
              { kind: 'indicator', id: '1b4', label: { en: "ICT graduates" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.1 } },
            ],
          },
        ],
      },
      {
        kind: 'aggregate',
        id: 'dim2',
        label: { en: 'Connectivity' },
        weight: 0.25,
        children: [
          {
            kind: 'aggregate',
            id: 'sub2a',
            label: { en: 'Fixed broadband take-up' },
            weight: 0.25,
            children: [
              { kind: 'indicator', id: '2a1', label: { en: "Overall fixed broadband take-up" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0.5, max: 1 } },
              { kind: 'indicator', id: '2a2', label: { en: "At least 100 Mbps fixed broadband take-up" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '2a3', label: { en: "At least 1 Gbps take-up" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.5 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub2b',
            label: { en: 'Fixed broadband coverage' },
            weight: 0.25,
            children: [
              { kind: 'indicator', id: '2b1', label: { en: "Fast broadband (NGA) coverage" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0.25, max: 1 } },
              { kind: 'indicator', id: '2b2', label: { en: "Fixed Very High Capacity Network (VHCN) coverage" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '2b3', label: { en: "Fibre to the Premises (FTTP) coverage" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub2c',
            label: { en: 'Mobile broadband' },
            weight: 0.4,
            children: [
              { kind: 'indicator', id: '2c1', label: { en: "5G spectrum" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '2c2', label: { en: "5G coverage" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '2c3', label: { en: "Mobile broadband take-up" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0.25, max: 1 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub2d',
            label: { en: 'Broadband prices' },
            weight: 0.1,
            children: [
              { kind: 'indicator', id: '2d1', label: { en: "Broadband price index" }, unit: 'index', range: { min: 0, max: 100 }, weight: 1, normalisation: { method: 'goalposts', min: 25, max: 100 } },
            ],
          },
        ],
      },
      {
        kind: 'aggregate',
        id: 'dim3',
        label: { en: 'Integration of digital technology' },
        weight: 0.25,
        children: [
          {
            kind: 'aggregate',
            id: 'sub3a',
            label: { en: 'Digital intensity' },
            weight: 0.15,
            children: [
              { kind: 'indicator', id: '3a1', label: { en: "SMEs with at least a basic level of digital intensity" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0.2, max: 1 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub3b',
            label: { en: 'Digital technologies for businesses' },
            weight: 0.7,
            children: [
              { kind: 'indicator', id: '3b1', label: { en: "Electronic information sharing" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.6 } },
              { kind: 'indicator', id: '3b2', label: { en: "Social media" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.6 } },
              { kind: 'indicator', id: '3b3', label: { en: "Big data" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 0.75 } },
              { kind: 'indicator', id: '3b4', label: { en: "Cloud" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 0.75 } },
              { kind: 'indicator', id: '3b5', label: { en: "AI" }, unit: 'ratio', weight: 2, normalisation: { method: 'goalposts', min: 0, max: 0.75 } },
              { kind: 'indicator', id: '3b6', label: { en: "ICT for environmental sustainability" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0.3, max: 1 } },
              { kind: 'indicator', id: '3b7', label: { en: "e-Invoices" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
            ],
          },
          {
            kind: 'aggregate',
            id: 'sub3c',
            label: { en: 'e-Commerce' },
            weight: 0.15,
            children: [
              { kind: 'indicator', id: '3c1', label: { en: "SMEs selling online" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.5 } },
              { kind: 'indicator', id: '3c2', label: { en: "e-Commerce turnover" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.33 } },
              { kind: 'indicator', id: '3c3', label: { en: "Selling online cross-border" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 0.25 } },
            ],
          },
        ],
      },
      {
        kind: 'aggregate',
        id: 'dim4',
        label: { en: 'Digital public services' },
        weight: 0.25,
        children: [
          {
            kind: 'aggregate',
            id: 'sub4a',
            label: { en: 'e-Government' },
            weight: 1,
            children: [
              { kind: 'indicator', id: '4a1', label: { en: "e-Government users" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
              { kind: 'indicator', id: '4a2', label: { en: "Pre-filled forms" }, unit: 'score', range: { min: 0, max: 100 }, weight: 1, normalisation: { method: 'goalposts', min: 0, max: 100 } },
              { kind: 'indicator', id: '4a3', label: { en: "Digital public services for citizens" }, unit: 'score', range: { min: 0, max: 100 }, weight: 2, normalisation: { method: 'goalposts', min: 35, max: 100 } },
              { kind: 'indicator', id: '4a4', label: { en: "Digital public services for businesses" }, unit: 'score', range: { min: 0, max: 100 }, weight: 2, normalisation: { method: 'goalposts', min: 40, max: 100 } },
              { kind: 'indicator', id: '4a5', label: { en: "Open data" }, unit: 'ratio', weight: 1, normalisation: { method: 'goalposts', min: 0, max: 1 } },
            ],
          },
        ],
      },
    ],
  },
});
