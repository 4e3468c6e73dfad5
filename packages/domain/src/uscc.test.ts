import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { USCC_ALPHABET, isValidUscc, organisationCodeCheckChar, parseUscc, usccCheckChar } from './uscc';

/**
 * Published codes (company registration notices, annual reports), each checked by computing both
 * the GB 32100 check char (position 18) and the GB 11714 check char (position 17) independently.
 */
const PUBLISHED = [
  '91350100M000100Y43', // the worked example of GB 32100-2015 (letter M and Y in the organisation code)
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司 (organisation check char X)
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91440300192317458F', // 比亚迪股份有限公司
  '91100000100003962T', // 中国工商银行股份有限公司 (division 100000: national)
  '9144030010001686XA', // 招商银行股份有限公司
  '91440300192181490G', // 万科企业股份有限公司
];

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, message: e.message } : e;
  }
  return undefined;
}

describe('统一社会信用代码 GB 32100', () => {
  it('R9: accepts published codes and parses their parts', () => {
    for (const c of PUBLISHED) expect(isValidUscc(c), c).toBe(true);
    expect(parseUscc('91350100M000100Y43')).toEqual({
      registrationAuthority: '9',
      category: '1',
      divisionCode: '350100',
      organisationCode: 'M000100Y4',
    });
    expect(parseUscc('91100000100003962T').divisionCode).toBe('100000');
  });

  it('R9: computes the check chars', () => {
    for (const c of PUBLISHED) {
      expect(usccCheckChar(c.slice(0, 17))).toBe(c[17]);
      expect(organisationCodeCheckChar(c.slice(8, 16))).toBe(c[16]);
    }
    expect(() => usccCheckChar('1234')).toThrow(RangeError);
    expect(() => usccCheckChar('9135010OM000100Y4')).toThrow(RangeError); // letter O
  });

  it('R9: normalises by trimming and upper-casing', () => {
    expect(isValidUscc('  91350100m000100y43 ')).toBe(true);
    expect(parseUscc(' 9144030071526726xg').organisationCode).toBe('71526726X');
  });

  it('R9: every single-character corruption of every published code is refused', () => {
    let tried = 0;
    for (const c of PUBLISHED) {
      for (let i = 0; i < 18; i++) {
        for (const ch of USCC_ALPHABET) {
          if (ch === c[i]) continue;
          const bad = c.slice(0, i) + ch + c.slice(i + 1);
          expect(isValidUscc(bad), bad).toBe(false);
          tried++;
        }
      }
    }
    expect(tried).toBe(PUBLISHED.length * 18 * 30);
  });

  it('R9: says what is wrong: length, illegal character at position N, expected check char', () => {
    expect(codeOf(() => parseUscc('91350100M000100Y4'))).toEqual({
      code: 'INVALID_USCC',
      message: '统一社会信用代码应为18位，实际为17位',
    });
    expect(codeOf(() => parseUscc(''))).toMatchObject({
      code: 'INVALID_USCC',
      message: expect.stringMatching(/实际为0位/),
    });
    expect(codeOf(() => parseUscc('91350100M000100Y433'))).toMatchObject({ message: expect.stringMatching(/18位/) });
    for (const [bad, pos] of [
      ['91350100M000100I43', 16], // I is not in the alphabet
      ['O1350100M000100Y43', 1],
      ['91350100M0001S0Y43', 14],
      ['91350100M000100Y4Z', 18],
      ['9135 100M000100Y43', 5],
      ['91350100M000100Y4-', 18],
      ['91350100M０00100Y43', 10], // full-width digit
    ] as const) {
      expect(
        codeOf(() => parseUscc(bad)),
        bad,
      ).toMatchObject({
        code: 'INVALID_USCC',
        message: expect.stringContaining(`第${pos}位字符`),
      });
    }
    expect(codeOf(() => parseUscc('91350100M000100Y44'))).toMatchObject({
      code: 'INVALID_USCC',
      message: expect.stringMatching(/第18位应为“3”/),
    });
    try {
      parseUscc('9144030071526726X0');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details).toEqual({ position: 18, expected: 'G' });
    }
  });

  it('R9: the division code (positions 3–8) must be digits', () => {
    const first17 = '91A50100M000100Y4';
    const code = first17 + usccCheckChar(first17);
    expect(codeOf(() => parseUscc(code))).toMatchObject({
      code: 'INVALID_USCC',
      message: expect.stringMatching(/行政区划/),
    });
  });

  it('R9: a code whose mod-31 check holds but whose organisation code check char is wrong is refused', () => {
    // Replace the organisation check char (position 17) and recompute position 18.
    const first17 = '91350100M000100Y' + '5';
    const code = first17 + usccCheckChar(first17);
    expect(codeOf(() => parseUscc(code))).toMatchObject({
      code: 'INVALID_USCC',
      message: expect.stringMatching(/组织机构代码校验码错误：第17位应为“4”/),
    });
  });

  it('R9: GB 11714 check char maps 10 to X and 11 to 0', () => {
    expect(organisationCodeCheckChar('71526726')).toBe('X');
    expect(organisationCodeCheckChar('19218149')).toBe('0');
    // sum ≡ 0 (mod 11) gives 11 → '0': all zeros.
    expect(organisationCodeCheckChar('00000000')).toBe('0');
  });
});
