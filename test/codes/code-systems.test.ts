import { describe, expect, test } from 'vitest';

import { classifyCode, isCodeShaped, isKnownCodeFormat, parseCodeRange } from '../../src/codes/code-systems.ts';

describe('classifyCode', () => {
  test.each([
    ['95165', 'CPT-I'],
    ['3008F', 'CPT-II'],
    ['0207T', 'CPT-III'],
    ['0165U', 'PLA'],
    ['J1234', 'HCPCS'],
    ['V2785', 'HCPCS'],
    ['C61', 'ICD-10-CM'],
    ['C79.82', 'ICD-10-CM'],
    ['C50.A2', 'ICD-10-CM'],
    ['T36.0X1A', 'ICD-10-CM'],
    ['U07.1', 'ICD-10-CM'],
    ['O09.511', 'ICD-10-CM'],
    ['0DTJ4ZZ', 'ICD-10-PCS'],
    ['GZHZZZZ', 'ICD-10-PCS'],
  ])('%s is %s', (code, kind) => {
    expect(classifyCode(code)).toBe(kind);
  });

  test.each([
    ['O339T', 'letter O for a zero'],
    ['0O339T', 'six characters'],
    ['0339', 'four digits'],
    ['W1234', 'HCPCS letter past V'],
    ['C50.12345', 'five characters after the dot'],
    ['0DTJ4ZO', 'ICD-10-PCS with O'],
    ['CPT®* Codes', 'table header'],
    ['Description', 'table header'],
    ['0207t', 'lower-case suffix'],
    ['', 'empty text'],
  ])('%s is no code (%s)', (code) => {
    expect(classifyCode(code)).toBeNull();
  });

  test('MAAA codes', () => {
    expect(classifyCode('0015M')).toBe('MAAA');
    expect(isKnownCodeFormat('0015M')).toBe(true);
    expect(isKnownCodeFormat('O015M')).toBe(false);
  });
});

describe('parseCodeRange', () => {
  test('hyphenated Category III range', () => {
    expect(parseCodeRange('0537T-0540T')).toEqual({
      from: '0537T',
      to: '0540T',
      codes: ['0537T', '0538T', '0539T', '0540T'],
    });
  });

  test('en dash with spaces', () => {
    expect(parseCodeRange('0537T – 0540T')?.codes).toEqual(['0537T', '0538T', '0539T', '0540T']);
    expect(parseCodeRange('0537T–0540T')?.codes).toEqual(['0537T', '0538T', '0539T', '0540T']);
  });

  test('Category I and HCPCS ranges', () => {
    expect(parseCodeRange('95004-95006')?.codes).toEqual(['95004', '95005', '95006']);
    expect(parseCodeRange('J0120-J0122')?.codes).toEqual(['J0120', 'J0121', 'J0122']);
  });

  test('ICD-10-CM range is kept without codes', () => {
    expect(parseCodeRange('C50.011 - C50.A2')).toEqual({ from: 'C50.011', to: 'C50.A2', codes: [] });
  });

  test.each([
    ['0540T-0537T', 'backwards'],
    ['0537T-0540U', 'different suffixes'],
    ['0537T-95004', 'different kinds'],
    ['0537T', 'a single code'],
    ['24-hour', 'prose'],
    ['0537T, 0538T', 'a list'],
  ])('%s is no range (%s)', (text) => {
    expect(parseCodeRange(text)).toBeNull();
  });

  test('very long range is recognized without codes', () => {
    expect(parseCodeRange('10000-99999')).toEqual({ from: '10000', to: '99999', codes: [] });
  });
});

describe('isCodeShaped', () => {
  test.each(['0207T', '61885', 'C61', 'C79.82', '0DTJ4ZZ', '0015M', 'J1234'])('%s is code-shaped', (token) => {
    expect(isCodeShaped(token)).toBe(true);
  });

  test.each(['2025', 'H2O', 'A1C', 'CHAPTER', 'CAVI', 'QMRCP', '24-hour', 'R132H'])('%s is not', (token) => {
    expect(isCodeShaped(token)).toBe(false);
  });
});
