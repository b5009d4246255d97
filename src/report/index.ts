/**
 * `chiso/report`: reports with charts and maps, kept out of the core. A self-contained HTML report
 * of a result ({@link reportHtml}), the charts in it as SVG strings for developers who embed chiso,
 * and Vietnam's provinces as SVG paths (the 63, and the 34 dissolved from them) with a choropleth.
 * Built on d3 modules (d3-geo, d3-scale, d3-scale-chromatic, d3-shape) and topojson-client, which
 * compute paths and colours without a DOM, so every function returns the same string in Node and
 * in a browser.
 *
 * @module
 */
export { choroplethSvg } from './map/choropleth.js';
export type { ChoroplethOptions } from './map/choropleth.js';
export { provinceGeometryCodes, provinceMapGeometry } from './map/geometry.js';
export type { MapArchipelago, MapGeometryOptions, MapProvince, ProvinceMapGeometry } from './map/geometry.js';
export { matchResultProvinces, resultChoropleth } from './map/result-map.js';
export type { MatchedUnit, ProvinceMatching, ResultChoropleth, ResultChoroplethOptions, UnmatchedUnit } from './map/result-map.js';
export { escapeMarkup } from './markup.js';
