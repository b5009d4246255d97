/** Spreadsheet error values (Excel, LibreOffice, Google Sheets) are recognised, and nothing else. */
import { describe, expect, it } from 'vitest';
import { spreadsheetError } from '../../src/model/spreadsheet-errors.js';

describe('spreadsheetError', () => {
  it('names the errors spreadsheets write when a formula fails', () => {
    for (const text of ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#ERROR!', ' #n/a ', 'Err:502']) {
      expect(spreadsheetError(text), text).toBeTypeOf('string');
    }
  });
  it('leaves other text that starts with # alone', () => {
    for (const text of ['#1', '#1 Team', '#', '#NA', 'N/A', 'Err:5', '#REF']) expect(spreadsheetError(text), text).toBeUndefined();
  });
});
