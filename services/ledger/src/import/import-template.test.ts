import { schemeTemplates, templateByCode } from '@jifen/rules';
import { Workbook } from 'exceljs';
import { itemPlaces } from '../entry/entry-fields';
import { IMPORT_COLUMNS, parseEntryImport } from './index';
import { EXAMPLE_NOTE, importTemplateXlsx, ITEM_COLUMNS, ITEM_SHEET, ENTRY_SHEET } from './import-template';
import { cellText } from './import-test-kit';

const sheetRows = (workbook: Workbook, name: string): string[][] => {
  const rows: string[][] = [];
  workbook
    .getWorksheet(name)!
    .eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => cellText(v as never))));
  return rows;
};

describe('importTemplateXlsx', () => {
  it('reads back with its headers, an example row and the scheme’s items', async () => {
    const doc = templateByCode('culture-bureau')!.rules;
    const workbook = new Workbook();
    await workbook.xlsx.load((await importTemplateXlsx(doc, { exampleDate: '2024-03-05' })) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ENTRY_SHEET, ITEM_SHEET]);

    const entries = sheetRows(workbook, ENTRY_SHEET);
    expect(entries[0]).toEqual([...IMPORT_COLUMNS]);
    expect(IMPORT_COLUMNS).toEqual([
      '党员编号',
      '姓名',
      '项目',
      '日期',
      '数量',
      '级别',
      '牵头',
      '参与单位数',
      '分值',
      '事项',
      '说明',
    ]);
    expect(entries.slice(1)).toEqual([
      [
        '0001',
        '张三',
        '“三会一课”、主题党日、党员集中培训等学习活动无故缺勤',
        '2024-03-05',
        '',
        '',
        '',
        '',
        '',
        '',
        EXAMPLE_NOTE,
      ],
    ]);

    const items = sheetRows(workbook, ITEM_SHEET);
    expect(items[0]).toEqual([...ITEM_COLUMNS]);
    expect(items.slice(1).map((r) => r[0])).toEqual(itemPlaces(doc).map((p) => p.item.code));
    expect(items.slice(1).map((r) => r[1])).toEqual(itemPlaces(doc).map((p) => p.item.label));
    const byCode = Object.fromEntries(items.slice(1).map((r) => [r[0], r.slice(2)]));
    expect(byCode.absence).toEqual(['参加学习培训：每次扣 2 分', '—']);
    expect(byCode.taskLate).toEqual(['带头遵规守纪：酌情扣分，每次不超过 5 分', '分值（不超过 5）']);
    expect(byCode.experienceAdopted).toEqual([
      '贡献加分：按级别加分：国家级 10 分、省级 5 分、市级 3 分、县级 1 分；多个单位参与的平分',
      '级别（国家级、省级、市级、县级）、参与单位数（可选）',
    ]);
  });

  it('describes leading, caps and matters', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(
      (await importTemplateXlsx(templateByCode('town-attendance')!.rules, { exampleDate: '2024-03-05' })) as never,
    );
    const byCode = Object.fromEntries(sheetRows(workbook, ITEM_SHEET).map((r) => [r[0], r.slice(2)]));
    expect(byCode.dues).toEqual(['基础分值：每次加 1 分；最多计 12 次', '—']);
    expect(byCode.theoryEssay).toEqual([
      '激励分值（“十个一”）：酌情加分，每次不超过 4 分；牵头（带头、组织）的 × 2；本项最多 4 分',
      '分值（不超过 4）、牵头（可选）',
    ]);

    await workbook.xlsx.load(
      (await importTemplateXlsx(templateByCode('district-office')!.rules, { exampleDate: '2024-03-05' })) as never,
    );
    const office = Object.fromEntries(sheetRows(workbook, ITEM_SHEET).map((r) => [r[0], r.slice(2)]));
    expect(office.studyLapse[0]).toBe('日常行为积分 › 带头学习提高：酌情扣分，每次不超过 15 分');
    expect(office.honour[1]).toBe('级别（国家级、省级、市级、县级、乡镇级、支部）、事项');
  });

  it.each(schemeTemplates.map((t) => [t.code, t] as const))(
    '%s: the example row imports as it stands',
    async (_code, template) => {
      const file = await importTemplateXlsx(template.rules, { exampleDate: '2024-03-05' });
      const result = await parseEntryImport(
        file,
        'XLSX',
        template.rules,
        [{ id: 'm1', memberNo: '0001', name: '张三', active: true }],
        '2024-06-30',
      );
      expect(result).toMatchObject({
        ok: true,
        rows: [
          {
            rowNumber: 2,
            memberId: 'm1',
            item: itemPlaces(template.rules)[0].item.code,
            occurredOn: '2024-03-05',
            note: EXAMPLE_NOTE,
          },
        ],
      });
    },
  );
});
