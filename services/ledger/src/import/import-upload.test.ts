import { AppError, XLSX_CONTENT_TYPE } from '@jifen/kit';
import { importFormatOf } from './import-upload';
import { csv, xlsx } from './import-test-kit';

const refusal = (content: Buffer, declared: string) => {
  try {
    importFormatOf(content, declared);
  } catch (error) {
    return { code: (error as AppError).code, message: (error as AppError).message };
  }
  throw new Error('expected a refusal');
};

describe('what an uploaded import file is', () => {
  it.each([
    ['a CSV declared as text/csv', 'text/csv', 'CSV'],
    ['a CSV from Windows (application/vnd.ms-excel)', 'application/vnd.ms-excel', 'CSV'],
    ['a CSV with no declared type', '', 'CSV'],
  ])('takes %s', (_what, declared, format) => {
    expect(
      importFormatOf(
        csv([
          ['党员编号', '姓名'],
          ['D001', '王一'],
        ]),
        declared,
      ),
    ).toBe(format);
  });

  it('takes an xlsx by its zip bytes, whatever generic type was declared', async () => {
    const file = await xlsx([['党员编号']]);
    expect(importFormatOf(file, XLSX_CONTENT_TYPE)).toBe('XLSX');
    expect(importFormatOf(file, 'application/octet-stream')).toBe('XLSX');
  });

  it('refuses an empty file, a photo, binary bytes, GBK text and a file that is not what was declared', async () => {
    expect(refusal(Buffer.alloc(0), 'text/csv')).toEqual({ code: 'INVALID_UPLOAD', message: '文件是空的' });
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'text/csv')).toEqual({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: '只接受 CSV（UTF-8）或 Excel 工作簿（xlsx），这个文件是JPEG 图片',
    });
    expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1]), '')).toEqual({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: '只接受 CSV（UTF-8）或 Excel 工作簿（xlsx），这个文件两者都不是（旧版 xls 请先另存为 xlsx）',
    });
    expect(refusal(Buffer.from([0xb5, 0xb3, 0xd4, 0xb1]), 'text/csv').message).toMatch(/^CSV 文件不是 UTF-8 编码/);
    expect(refusal(await xlsx([['党员编号']]), 'text/csv')).toEqual({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: '文件实际是 Excel 工作簿（xlsx），与所报类型（CSV 文件）不符',
    });
  });
});
