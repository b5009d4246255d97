/**
 * Vietnam's provinces as SVG paths: the 63 (until 30 June 2025) from the shipped Natural Earth
 * geometry (src/report/geo/, public domain; see its SOURCE.md), and the 34 (from 1 July 2025) by
 * dissolving the 63 through the merger mapping of the province registry (each new province is the
 * union of its former ones, `formerCodes`). The Hoàng Sa and Trường Sa archipelagos are drawn in
 * their true position with Đà Nẵng and Khánh Hòa, as Vietnam's official maps show them: the
 * projection (Mercator) is fitted once to the provinces and the archipelagos together.
 *
 * The geometry carries the file's ISO 3166-2 codes and official names; chiso's registry uses the
 * GSO's two-digit codes, so each feature is matched to the registry by its name (a test checks that
 * all 63 match, one to one).
 *
 * @module
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { checkArgument, checkOptions, oneOf, wholeNumber } from '../../model/arguments.js';
import { findProvince } from '../../vietnam/names.js';
import { PROVINCES_34, PROVINCES_63, type Province, type ProvinceEra } from '../../vietnam/provinces.js';
import shipped from '../geo/vn-provinces-63.topo.json';

/** The properties of the shipped geometry's features. */
interface GeoProperties {
  readonly name: string;
  readonly iso: string;
  readonly source_name: string;
}

type ProvinceGeometry = (Polygon<GeoProperties> | MultiPolygon<GeoProperties>) & { readonly properties: GeoProperties };

/** The shipped TopoJSON: objects `provinces` (63) and `archipelagos` (Hoàng Sa, Trường Sa). */
const TOPOLOGY = shipped as unknown as Topology<{ provinces: GeometryCollection<GeoProperties>; archipelagos: GeometryCollection<GeoProperties> }>;

/** A province on the map. */
export interface MapProvince {
  /** The GSO code of the registry ("48"). */
  readonly code: string;
  /** Its Vietnamese name as the registry writes it ("Đà Nẵng"). */
  readonly name: string;
  /** Its English name ("Da Nang"). */
  readonly english: string;
  /** The SVG path (`d` attribute), in the map's pixel coordinates. */
  readonly path: string;
}

/** An archipelago on the map, drawn with the province it belongs to. */
export interface MapArchipelago {
  /** "Hoàng Sa" or "Trường Sa". */
  readonly name: string;
  /** The GSO code of the province it belongs to, in the map's era (Đà Nẵng "48", Khánh Hòa "56"). */
  readonly code: string;
  /** The SVG path (`d` attribute) of its islets. */
  readonly path: string;
  /** Where to put its label: the top centre of the islets' bounds, in the map's pixel coordinates (write the label above it). */
  readonly labelX: number;
  readonly labelY: number;
}

/** The provinces of one era as SVG paths, fitted once to a width and height. */
export interface ProvinceMapGeometry {
  readonly era: ProvinceEra;
  readonly width: number;
  readonly height: number;
  /** `"0 0 width height"`. */
  readonly viewBox: string;
  /** One entry per province of the era, by code. */
  readonly provinces: readonly MapProvince[];
  readonly archipelagos: readonly MapArchipelago[];
}

/** Options for {@link provinceMapGeometry}. */
export interface MapGeometryOptions {
  /** The width in pixels (default 400). */
  readonly width?: number;
  /** The height in pixels (default: what the width gives at the map's proportions). */
  readonly height?: number;
}

/** The registry's province for each of the shipped geometry's features, by feature index. */
function registryMatch(): readonly Province[] {
  return TOPOLOGY.objects.provinces.geometries.map((geometry) => {
    const name = (geometry as ProvinceGeometry).properties.name;
    const province = findProvince(name, '63');
    if (province === undefined) throw new Error(`chiso: the shipped province geometry names "${name}", which the province registry does not know (a bug in chiso)`);
    return province;
  });
}

/** The geometry of each 63-era province, by GSO code; checked once, on first use. */
let geometryByCode: ReadonlyMap<string, ProvinceGeometry> | undefined;

/**
 * The shipped geometry's features by the registry's GSO code: every feature matched by name, and
 * every one of the registry's 63 provinces given exactly one feature.
 *
 * @example
 * provinceGeometryCodes().length; // => 63
 * provinceGeometryCodes()[0]; // => '01'
 */
export function provinceGeometryCodes(): string[] {
  return [...geometries().keys()].sort();
}

function geometries(): ReadonlyMap<string, ProvinceGeometry> {
  if (geometryByCode !== undefined) return geometryByCode;
  const matched = registryMatch();
  const byCode = new Map<string, ProvinceGeometry>();
  TOPOLOGY.objects.provinces.geometries.forEach((geometry, index) => {
    const code = (matched[index] as Province).code;
    if (byCode.has(code)) throw new Error(`chiso: two features of the shipped province geometry are province ${code} (a bug in chiso)`);
    byCode.set(code, geometry as ProvinceGeometry);
  });
  const absent = PROVINCES_63.filter((province) => !byCode.has(province.code));
  if (absent.length > 0) throw new Error(`chiso: the shipped province geometry has no feature for ${absent.map((province) => province.name).join(', ')} (a bug in chiso)`);
  geometryByCode = byCode;
  return byCode;
}

/** The 63-era code of the province each archipelago belongs to, by the geometry's ISO code. */
const ARCHIPELAGO_PARENT: Readonly<Record<string, string>> = { 'VN-DN': '48', 'VN-34': '56' };

/** A province's shape: a 63-era feature, or the union of the former provinces of a 34-era one. */
function provinceShape(province: Province): GeoPermissibleObjects {
  const byCode = geometries();
  const codes = province.era === '63' ? [province.code] : (province.formerCodes ?? []);
  const parts = codes.map((code) => byCode.get(code)).filter((part): part is ProvinceGeometry => part !== undefined);
  if (parts.length !== codes.length || parts.length === 0) throw new Error(`chiso: no geometry for province ${province.code} (${province.name}) (a bug in chiso)`);
  if (parts.length === 1) return feature(TOPOLOGY, parts[0] as ProvinceGeometry);
  // merge dissolves the shared borders: the new province is drawn as one shape
  return merge(TOPOLOGY, parts);
}

/** The 34-era code of the unit that took over a 63-era province. */
function successorCode(code: string): string {
  return PROVINCES_63.find((province) => province.code === code)?.successorCode ?? code;
}

const cache = new Map<string, ProvinceMapGeometry>();

/**
 * The provinces of an era as SVG paths, with the archipelagos, for a map of a given size: the
 * projection is fitted once to the provinces and the archipelagos, so every path shares it. The
 * 34 are the 63 dissolved through the merger mapping. Computed once per era and size.
 *
 * @example
 * provinceMapGeometry('63').provinces.length; // => 63
 * provinceMapGeometry('34').provinces.length; // => 34
 * provinceMapGeometry('34').archipelagos.map((islands) => `${islands.name} ${islands.code}`); // => ['Hoàng Sa 48', 'Trường Sa 56']
 * provinceMapGeometry('63', { width: 300, height: 400 }).viewBox; // => '0 0 300 400'
 */
export function provinceMapGeometry(era: ProvinceEra, options: MapGeometryOptions = {}): ProvinceMapGeometry {
  checkArgument('provinceMapGeometry', 'the era', era, oneOf(['63', '34']));
  checkOptions('provinceMapGeometry', options, { width: wholeNumber(50, 10_000), height: wholeNumber(50, 10_000) });
  const key = `${era}|${options.width ?? ''}|${options.height ?? ''}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const list = era === '63' ? PROVINCES_63 : PROVINCES_34;
  const shapes = list.map((province) => ({ province, shape: provinceShape(province) }));
  const islands = TOPOLOGY.objects.archipelagos.geometries.map((geometry) => {
    const properties = (geometry as ProvinceGeometry).properties;
    const parent = ARCHIPELAGO_PARENT[properties.iso] ?? '';
    return { name: properties.name, code: era === '63' ? parent : successorCode(parent), shape: feature(TOPOLOGY, geometry) };
  });
  const collection: GeometryCollection<GeoProperties> = { type: 'GeometryCollection', geometries: [...TOPOLOGY.objects.provinces.geometries, ...TOPOLOGY.objects.archipelagos.geometries] };
  const everything = feature(TOPOLOGY, collection);

  const width = options.width ?? 400;
  const padding = Math.max(4, Math.round(width / 50));
  const projection = geoMercator();
  let height: number;
  if (options.height === undefined) {
    projection.fitWidth(width - 2 * padding, everything);
    const [[, top], [, bottom]] = geoPath(projection).bounds(everything);
    height = Math.ceil(bottom - top) + 2 * padding;
    projection.fitExtent([[padding, padding], [width - padding, height - padding]], everything);
  } else {
    height = options.height;
    projection.fitExtent([[padding, padding], [width - padding, height - padding]], everything);
  }
  const path = geoPath(projection).digits(1);
  const geometry: ProvinceMapGeometry = {
    era,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    provinces: shapes.map(({ province, shape }) => ({ code: province.code, name: province.name, english: province.english, path: path(shape) ?? '' })),
    archipelagos: islands.map((island) => {
      const [[left, top], [right]] = path.bounds(island.shape);
      const [labelX, labelY] = [(left + right) / 2, top];
      return { name: island.name, code: island.code, path: path(island.shape) ?? '', labelX: Math.round(labelX * 10) / 10, labelY: Math.round(labelY * 10) / 10 };
    }),
  };
  cache.set(key, geometry);
  return geometry;
}
