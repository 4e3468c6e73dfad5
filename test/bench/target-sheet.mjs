// A target-directory .xlsx of n rows with the Chinese headers (南乐's 治安大队 hotels), made with
// exceljs's streaming writer: shared by the import benches.
import { PassThrough } from 'node:stream';
import { apiRequire } from './lib.mjs';

const domain = apiRequire('@dsr/domain');
const ExcelJS = apiRequire('exceljs');

function uscc(n) {
  const body = String(n).padStart(8, '0');
  const first17 = `91410923${body}${domain.organisationCodeCheckChar(body)}`;
  return first17 + domain.usccCheckChar(first17);
}

export async function makeTargetSheet(rows) {
  const t0 = Date.now();
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('检查对象');
  ws.addRow([
    '名称',
    '类型',
    '统一社会信用代码',
    '登记机关',
    '法定代表人',
    '注册地址',
    '区域代码',
    '行业类别',
    '等级',
    '联系电话',
    '管理部门',
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      `南乐县第${i}号宾馆`,
      '单位',
      uscc(i),
      '南乐县市场监督管理局',
      '王五',
      `南乐县城关镇${i}号`,
      '410923',
      '旅馆业',
      'B',
      '0393-1234567',
      '治安大队',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  const file = Buffer.concat(chunks);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`sheet: ${rows} rows, ${(file.length / 1e6).toFixed(1)} MB, made in ${secs} s`);
  return file;
}
